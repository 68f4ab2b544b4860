import type { GenerationRunRow } from '../db/rows.js';
import type { GraphQLContext } from '../graphql/context.js';
import { createLoaders } from '../graphql/loaders.js';
import { requireViewer } from '../modules/shared/service-context.js';
import { endingWith, eventStream } from './event-stream.js';
import type { RealtimeEvent } from './events.js';

type GenerationEvent = Extract<RealtimeEvent, { type: 'generation_updated' }>;

/** Run updates for the viewer's personas; each event re-reads the run and its owner. */
export function generationRunEvents(ctx: GraphQLContext, personaId?: string | null) {
  const viewer = requireViewer(ctx);
  const events = eventStream<GenerationEvent>((push) =>
    ctx.notifier.subscribe((event) => {
      if (event.type !== 'generation_updated' || event.userId !== viewer.userId) return;
      if (personaId && event.personaId !== personaId) return;
      push(event);
    }),
  );
  async function* runs(): AsyncGenerator<{ generationRunUpdated: GenerationRunRow }> {
    for await (const event of events) {
      const loaders = createLoaders(ctx.db);
      const run = await loaders.generationRunById.load(event.runId);
      const persona = run && (await loaders.personaById.load(run.persona_id));
      if (!run || persona?.user_id !== viewer.userId) continue;
      ctx.loaders = loaders;
      yield { generationRunUpdated: run };
    }
  }
  return endingWith(runs(), events);
}
