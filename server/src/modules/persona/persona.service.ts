import { ConflictError, invalid, NotFoundError } from '../../errors.js';
import type { PersonaRow } from '../../db/rows.js';
import { findProfilesByUserIds } from '../profile/profile.repository.js';
import { userActor } from '../shared/actor.js';
import { isId } from '../shared/ids.js';
import { decodeTimeKey, encodeTimeKey, pageSize, toPage, type Page } from '../shared/pagination.js';
import { isPostgresError, UNIQUE_VIOLATION } from '../shared/postgres-errors.js';
import { requireViewer, type ServiceContext } from '../shared/service-context.js';
import { definedOnly, parseInput } from '../shared/validation.js';
import {
  findPersonaByIdForUser,
  insertPersona,
  listPersonasForUser,
  updatePersonaByIdForUser,
  type PersonaUpdate,
} from './persona.repository.js';
import { findBriefVersion, listBriefVersions } from './brief-versions.repository.js';
import { recordBriefVersion } from './brief-versions.js';
import { createPersonaSchema, normalizeStrategy, updatePersonaSchema } from './persona.validation.js';

const HANDLE_CONSTRAINT = 'personas_user_handle_key';

function handleTaken(error: unknown): never {
  if (isPostgresError(error, UNIQUE_VIOLATION, HANDLE_CONSTRAINT)) {
    throw new ConflictError('input.handle', 'You already have a persona with this handle');
  }
  throw error;
}

/** The viewer's persona, or null: another user's persona is indistinguishable from none. */
export async function getPersona(ctx: ServiceContext, id: string): Promise<PersonaRow | null> {
  const viewer = requireViewer(ctx);
  if (!isId(id)) return null;
  return (await findPersonaByIdForUser(ctx.db, id, viewer.userId)) ?? null;
}

/** Like getPersona, for mutations: a missing persona is an error naming the argument. */
export async function requirePersona(ctx: ServiceContext, id: string, field = 'id'): Promise<PersonaRow> {
  const persona = await getPersona(ctx, id);
  if (!persona) throw new NotFoundError('Persona', field);
  return persona;
}

export async function listPersonas(
  ctx: ServiceContext,
  args: { includeArchived?: boolean | null; first?: number | null; after?: string | null },
): Promise<Page<PersonaRow>> {
  const viewer = requireViewer(ctx);
  const size = pageSize(args.first, 20);
  const key = args.after ? decodeTimeKey(args.after) : undefined;
  const after = key?.time ? { createdAt: key.time, id: key.id } : undefined;
  if (key && !after) throw invalid('after', 'is not a cursor returned by this list');
  const rows = await listPersonasForUser(ctx.db, viewer.userId, {
    includeArchived: args.includeArchived ?? false,
    limit: size + 1,
    after,
  });
  return toPage(rows, size, (row) => encodeTimeKey(row.createdAt, row.id));
}

export async function createPersona(ctx: ServiceContext, input: unknown): Promise<PersonaRow> {
  const viewer = requireViewer(ctx);
  const parsed = parseInput(createPersonaSchema, input);
  const [profile] = await findProfilesByUserIds(ctx.db, [viewer.userId]);
  return ctx.db
    .transaction()
    .execute(async (trx) => {
      const persona = await insertPersona(trx, {
    userId: viewer.userId,
    name: parsed.name,
    handle: parsed.handle,
    niche: parsed.niche,
    voice: parsed.voice ?? '',
    style: parsed.style ?? '',
    personality: parsed.personality ?? '',
    bio: parsed.bio ?? '',
    aesthetic: parsed.aesthetic ?? '',
    platformStrategy: JSON.stringify(normalizeStrategy(parsed.platformStrategy ?? { platforms: [] })),
    timeZone: parsed.timeZone ?? profile?.timeZone ?? 'UTC',
        topics: parsed.topics ?? [],
        avoid: parsed.avoid ?? [],
        examplePosts: parsed.examplePosts ?? [],
        voiceThreshold: parsed.voiceThreshold ?? undefined,
        imageThreshold: parsed.imageThreshold ?? undefined,
        look: parsed.look ?? '',
        disclosureMode: parsed.disclosureMode ?? undefined,
        disclosureText: parsed.disclosureText ?? undefined,
      });
      await recordBriefVersion(trx, persona, userActor(viewer.userId));
      return persona;
    })
    .catch(handleTaken);
}

export async function updatePersona(ctx: ServiceContext, id: string, input: unknown): Promise<PersonaRow> {
  const viewer = requireViewer(ctx);
  const parsed = definedOnly(parseInput(updatePersonaSchema, input));
  const persona = await requirePersona(ctx, id);
  const values: PersonaUpdate = {
    name: parsed.name,
    handle: parsed.handle,
    niche: parsed.niche,
    voice: parsed.voice,
    style: parsed.style,
    personality: parsed.personality,
    bio: parsed.bio,
    aesthetic: parsed.aesthetic,
    timeZone: parsed.timeZone,
    topics: parsed.topics,
    avoid: parsed.avoid,
    examplePosts: parsed.examplePosts,
    voiceThreshold: parsed.voiceThreshold,
    imageThreshold: parsed.imageThreshold,
    look: parsed.look,
    disclosureMode: parsed.disclosureMode,
    disclosureText: parsed.disclosureText,
    platformStrategy: parsed.platformStrategy && JSON.stringify(normalizeStrategy(parsed.platformStrategy)),
  };
  if (Object.values(values).every((value) => value === undefined)) return persona;
  return writePersona(ctx, id, viewer.userId, values, null);
}

/** The one write of a persona's fields: the row, and the brief version it made, together. */
async function writePersona(ctx: ServiceContext, id: string, userId: string, values: PersonaUpdate, restoredFrom: number | null) {
  const updated = await ctx.db
    .transaction()
    .execute(async (trx) => {
      const row = await updatePersonaByIdForUser(trx, id, userId, values);
      if (row) await recordBriefVersion(trx, row, userActor(userId), restoredFrom);
      return row;
    })
    .catch(handleTaken);
  if (!updated) throw new NotFoundError('Persona', 'id');
  return updated;
}

/** The persona's kept brief versions, newest first. */
export function listPersonaBriefVersions(ctx: ServiceContext, persona: PersonaRow, first: number) {
  return listBriefVersions(ctx.db, persona.id, first);
}

/** One kept version of the persona's brief, or null. */
export async function getPersonaBriefVersion(ctx: ServiceContext, persona: PersonaRow, version: number) {
  return (await findBriefVersion(ctx.db, persona.id, version)) ?? null;
}

/**
 * Makes an old brief version the current one, as a new version that records where it came from
 * (history is never rewritten). Restoring what the brief already says changes nothing.
 */
export async function restorePersonaBriefVersion(ctx: ServiceContext, personaId: string, version: number): Promise<PersonaRow> {
  const viewer = requireViewer(ctx);
  const persona = await requirePersona(ctx, personaId, 'personaId');
  const kept = await findBriefVersion(ctx.db, persona.id, version);
  if (!kept) throw new NotFoundError('Brief version', 'version');
  const { platformStrategy, ...fields } = kept.brief;
  return writePersona(ctx, persona.id, viewer.userId, { ...fields, platformStrategy: JSON.stringify(platformStrategy) }, version);
}

export async function setPersonaArchived(ctx: ServiceContext, id: string, archived: boolean): Promise<PersonaRow> {
  const viewer = requireViewer(ctx);
  const persona = await requirePersona(ctx, id);
  if (Boolean(persona.archivedAt) === archived) return persona;
  return writePersona(ctx, id, viewer.userId, { archivedAt: archived ? new Date() : null }, null);
}
