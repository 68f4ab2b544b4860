import { ConflictError, invalid, NotFoundError } from '../../errors.js';
import type { PersonaRow } from '../../db/rows.js';
import { findProfilesByUserIds } from '../profile/profile.repository.js';
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
  return insertPersona(ctx.db, {
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
  }).catch(handleTaken);
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
    platformStrategy: parsed.platformStrategy && JSON.stringify(normalizeStrategy(parsed.platformStrategy)),
  };
  if (Object.values(values).every((value) => value === undefined)) return persona;
  const updated = await updatePersonaByIdForUser(ctx.db, id, viewer.userId, values).catch(handleTaken);
  if (!updated) throw new NotFoundError('Persona', 'id');
  return updated;
}

export async function setPersonaArchived(ctx: ServiceContext, id: string, archived: boolean): Promise<PersonaRow> {
  const viewer = requireViewer(ctx);
  const persona = await requirePersona(ctx, id);
  if (Boolean(persona.archivedAt) === archived) return persona;
  const updated = await updatePersonaByIdForUser(ctx.db, id, viewer.userId, {
    archivedAt: archived ? new Date() : null,
  });
  if (!updated) throw new NotFoundError('Persona', 'id');
  return updated;
}
