import type { GraphQLContext } from '../graphql/context.js';
import { createLoaders, type Loaders } from '../graphql/loaders.js';
import { requireViewer } from '../modules/shared/service-context.js';
import type { Database } from '../db/database.js';
import { endingWith, eventStream } from './event-stream.js';
import type { RealtimeEvent } from './events.js';

// Every subscription to the viewer's persona events goes through here: the filter (type, the
// viewer, a persona when asked), the re-read of what the event names as committed, and the
// owner check as stored now, so a subscriber never sees another user's data whatever an event
// says. Reads are shared: all subscriptions in this process read an event through one set of
// loaders, and events that arrived together (one transaction's item_status and item_changed)
// share one set too, so a tab watching both reads the item once.

type PersonaEvent = Extract<RealtimeEvent, { personaId: string; userId: string }>;
type EventOf<Type extends PersonaEvent['type']> = Extract<PersonaEvent, { type: Type }>;

const loadersPerEvent = new WeakMap<RealtimeEvent, Loaders>();
/**
 * Loaders for events that arrived in the same turn of the event loop. Their reads start only
 * after every notification of that turn was received, so after all those commits: sharing
 * them never serves a row older than any of the events.
 */
let thisTurn: { db: Database; loaders: Loaders } | undefined;

function loadersFor(event: RealtimeEvent, db: Database): Loaders {
  let loaders = loadersPerEvent.get(event);
  if (loaders) return loaders;
  if (thisTurn?.db !== db) {
    thisTurn = { db, loaders: createLoaders(db) };
    setImmediate(() => (thisTurn = undefined));
  }
  loaders = thisTurn.loaders;
  loadersPerEvent.set(event, loaders);
  return loaders;
}

/** True when the persona belongs to the user as stored now. */
export async function personaOwnedBy(loaders: Loaders, personaId: string | null | undefined, userId: string): Promise<boolean> {
  const persona = personaId ? await loaders.personaById.load(personaId) : null;
  return persona?.userId === userId;
}

/**
 * The viewer's events of one type, each turned into a payload by `toPayload` (null skips the
 * event). Nested fields of a payload resolve through that event's loaders.
 */
export function personaEvents<Type extends PersonaEvent['type'], Payload>(
  ctx: GraphQLContext,
  options: {
    type: Type;
    personaId?: string | null;
    toPayload: (event: EventOf<Type>, loaders: Loaders, userId: string) => Promise<Payload | null>;
  },
): AsyncIterableIterator<Payload> {
  const viewer = requireViewer(ctx);
  const events = eventStream<EventOf<Type>>((push) =>
    ctx.notifier.subscribe((event) => {
      if (event.type !== options.type || !('userId' in event) || event.userId !== viewer.userId) return;
      if (options.personaId && event.personaId !== options.personaId) return;
      push(event as EventOf<Type>);
    }),
  );
  async function* payloads(): AsyncGenerator<Payload> {
    for await (const event of events) {
      const loaders = loadersFor(event, ctx.db);
      const payload = await options.toPayload(event, loaders, viewer.userId);
      if (payload === null) continue;
      ctx.loaders = loaders;
      yield payload;
    }
  }
  return endingWith(payloads(), events);
}

/** One row an event names, re-read and owner-checked, as `{ [field]: row }`. */
export function ownedRowEvents<Type extends PersonaEvent['type'], Row extends { id: string }, Field extends string>(
  ctx: GraphQLContext,
  options: {
    type: Type;
    personaId?: string | null;
    field: Field;
    load: (event: EventOf<Type>, loaders: Loaders) => Promise<Row | null | undefined>;
    personaOf: (row: Row, loaders: Loaders) => Promise<string | null | undefined>;
  },
): AsyncIterableIterator<{ [K in Field]: Row }> {
  return personaEvents(ctx, {
    type: options.type,
    personaId: options.personaId,
    toPayload: async (event, loaders, userId) => {
      const row = await options.load(event, loaders);
      if (!row || !(await personaOwnedBy(loaders, await options.personaOf(row, loaders), userId))) return null;
      return { [options.field]: row } as { [K in Field]: Row };
    },
  });
}
