import type { ContentItemRow } from '../../db/rows.js';
import {
  checkCaptionContinuity,
  createCanonFact,
  createStoryArc,
  deleteCanonFact,
  deleteStoryArc,
  updateCanonFact,
  updateStoryArc,
} from '../../modules/canon/canon.service.js';
import { itemDate } from '../../modules/canon/continuity-gate.js';
import { canonAsOf, checkContinuity, type CanonFactValue } from '../../modules/canon/continuity.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../resolvers.generated.js';

const asValues = (rows: ReadonlyArray<Omit<CanonFactValue, 'kind'> & { kind: string }>) => rows as CanonFactValue[];

/** The item's caption against its persona's canon as of the item's day; null for an empty caption. */
async function continuityOf(item: ContentItemRow, ctx: GraphQLContext) {
  if (!item.caption.trim()) return null;
  const [persona, facts] = await Promise.all([ctx.loaders.personaById.load(item.personaId), ctx.loaders.canonFactsByPersonaId.load(item.personaId)]);
  const date = itemDate(item.scheduledAt, persona?.timeZone ?? 'UTC');
  return { date, contradictions: checkContinuity(item.caption, date, asValues(facts)) };
}

export const canonResolvers: Resolvers = {
  Query: {
    continuityCheck: (_parent, args, ctx) => checkCaptionContinuity(ctx, args),
  },
  Mutation: {
    createCanonFact: (_parent, { input }, ctx) => createCanonFact(ctx, input),
    updateCanonFact: (_parent, { id, input }, ctx) => updateCanonFact(ctx, id, input),
    deleteCanonFact: async (_parent, { id }, ctx) => ({ id: await deleteCanonFact(ctx, id) }),
    createStoryArc: (_parent, { input }, ctx) => createStoryArc(ctx, input),
    updateStoryArc: (_parent, { id, input }, ctx) => updateStoryArc(ctx, id, input),
    deleteStoryArc: async (_parent, { id }, ctx) => ({ id: await deleteStoryArc(ctx, id) }),
  },
  Persona: {
    canonFacts: (persona, _args, ctx) => ctx.loaders.canonFactsByPersonaId.load(persona.id),
    canonAsOf: async (persona, { date }, ctx) => {
      const facts = await ctx.loaders.canonFactsByPersonaId.load(persona.id);
      const known = new Set(canonAsOf(asValues(facts), date).map((fact) => fact.id));
      return facts.filter((fact) => known.has(fact.id));
    },
    storyArcs: (persona, _args, ctx) => ctx.loaders.storyArcsByPersonaId.load(persona.id),
  },
  StoryArc: {
    beats: (arc, _args, ctx) => ctx.loaders.beatsByArcId.load(arc.id),
  },
  Contradiction: {
    fact: async (found, _args, ctx) => (await ctx.loaders.canonFactById.load(found.factId))!,
  },
  ContentItem: {
    continuity: (item, _args, ctx) => continuityOf(item, ctx),
    canonFact: (item, _args, ctx) => (item.canonFactId ? ctx.loaders.canonFactById.load(item.canonFactId) : null),
    arcBeat: (item, _args, ctx) => (item.arcBeatId ? ctx.loaders.arcBeatById.load(item.arcBeatId) : null),
  },
};
