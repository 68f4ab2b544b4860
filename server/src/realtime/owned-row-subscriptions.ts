import type { GraphQLContext } from '../graphql/context.js';
import { createLoaders, type Loaders } from '../graphql/loaders.js';
import { requireViewer } from '../modules/shared/service-context.js';
import { endingWith, eventStream } from './event-stream.js';
import type { RealtimeEvent } from './events.js';

type PersonaEvent = Extract<RealtimeEvent, { personaId: string; userId: string }>;

/**
 * A subscription to one kind of row event for the viewer's personas: each event re-reads the
 * row it names and checks its persona's owner as stored now, then yields `{ [field]: row }`.
 */
export function ownedRowEvents<Type extends PersonaEvent['type'], Row extends { id: string }, Field extends string>(
  ctx: GraphQLContext,
  options: {
    type: Type;
    personaId?: string | null;
    field: Field;
    load: (event: Extract<PersonaEvent, { type: Type }>, loaders: Loaders) => Promise<Row | null | undefined>;
    personaOf: (row: Row, loaders: Loaders) => Promise<string | null | undefined>;
  },
): AsyncIterableIterator<{ [K in Field]: Row }> {
  const viewer = requireViewer(ctx);
  const events = eventStream<Extract<PersonaEvent, { type: Type }>>((push) =>
    ctx.notifier.subscribe((event) => {
      if (event.type !== options.type || !('userId' in event) || event.userId !== viewer.userId) return;
      if (options.personaId && event.personaId !== options.personaId) return;
      push(event as Extract<PersonaEvent, { type: Type }>);
    }),
  );
  async function* rows(): AsyncGenerator<{ [K in Field]: Row }> {
    for await (const event of events) {
      const loaders = createLoaders(ctx.db);
      const row = await options.load(event, loaders);
      if (!row) continue;
      const personaId = await options.personaOf(row, loaders);
      const persona = personaId ? await loaders.personaById.load(personaId) : null;
      if (persona?.user_id !== viewer.userId) continue;
      ctx.loaders = loaders;
      yield { [options.field]: row } as { [K in Field]: Row };
    }
  }
  return endingWith(rows(), events);
}
