import type { GraphQLContext } from '../graphql/context.js';
import { ownedRowEvents } from './persona-events.js';

/** Run updates for the viewer's personas; each event re-reads the run and its owner. */
export function generationRunEvents(ctx: GraphQLContext, personaId?: string | null) {
  return ownedRowEvents(ctx, {
    type: 'generation_updated',
    personaId,
    field: 'generationRunUpdated',
    load: (event, loaders) => loaders.generationRunById.load(event.runId),
    personaOf: async (run) => run.personaId,
  });
}
