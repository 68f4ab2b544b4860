import { generateReferencePortrait, setReferenceImages } from '../../modules/look/look.service.js';
import { briefText } from '../../ai/prompts.js';
import { personaBrief } from '../../modules/persona/persona-brief.js';
import { createDemoPersona } from '../../modules/persona/demo-persona.service.js';
import {
  createPersona,
  getPersonaBriefVersion,
  getPersona,
  listPersonas,
  restorePersonaBriefVersion,
  setPersonaArchived,
  updatePersona,
} from '../../modules/persona/persona.service.js';
import { actorOf } from './actor.js';
import { pageSize } from '../../modules/shared/pagination.js';
import type { Resolvers } from '../resolvers.generated.js';

export const personaResolvers: Resolvers = {
  Query: {
    persona: (_parent, { id }, ctx) => getPersona(ctx, id),
    personas: async (_parent, args, ctx) => {
      const page = await listPersonas(ctx, args);
      return { nodes: page.nodes, pageInfo: page };
    },
  },
  Mutation: {
    createPersona: (_parent, { input }, ctx) => createPersona(ctx, input),
    updatePersona: (_parent, { id, input }, ctx) => updatePersona(ctx, id, input),
    archivePersona: (_parent, { id }, ctx) => setPersonaArchived(ctx, id, true),
    unarchivePersona: (_parent, { id }, ctx) => setPersonaArchived(ctx, id, false),
    createDemoPersona: (_parent, _args, ctx) => createDemoPersona(ctx),
    restorePersonaBriefVersion: (_parent, { personaId, version }, ctx) => restorePersonaBriefVersion(ctx, personaId, version),
    setReferenceImages: (_parent, { personaId, assetIds }, ctx) => setReferenceImages(ctx, personaId, assetIds),
    generateReferencePortrait: (_parent, { personaId }, ctx) => generateReferencePortrait(ctx, personaId),
  },
  Persona: {
    referenceImages: (persona, _args, ctx) => ctx.loaders.referenceImagesByPersonaId.load(persona.id),
    brief: (persona) => briefText(personaBrief(persona)),
    itemCounts: (persona, { includeSimulated }, ctx) => ctx.loaders.itemCountsByPersonaId(includeSimulated ?? false).load(persona.id),
    contentPlans: (persona, { first }, ctx) =>
      ctx.loaders.contentPlansByPersonaId(pageSize(first, 20)).load(persona.id),
    recentItems: (persona, { first, includeSimulated }, ctx) =>
      ctx.loaders.recentItemsByPersonaId(includeSimulated ?? false)(pageSize(first, 10)).load(persona.id),
    channelIntegrations: (persona, _args, ctx) => ctx.loaders.channelIntegrationsByPersonaId.load(persona.id),
    analytics: (persona, { first }, ctx) => ctx.loaders.analyticsByPersonaId(pageSize(first, 50)).load(persona.id),
    briefVersions: (persona, { first }, ctx) => ctx.loaders.briefVersionsByPersonaId(pageSize(first, 20)).load(persona.id),
    briefVersionAt: (persona, { version }, ctx) => getPersonaBriefVersion(ctx, persona, version),
    outdatedItems: (persona, { first }, ctx) => ctx.loaders.outdatedItemsByPersonaId(pageSize(first, 20)).load(persona.id),
  },
  PersonaBriefVersion: {
    // An author whose account is gone leaves no trace (the column is set to null).
    changedBy: (version, _args, ctx) => (version.actorUserId || version.actorProcess ? actorOf(version, ctx) : null),
  },
};
