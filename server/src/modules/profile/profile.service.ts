import { z } from 'zod';
import type { ProfileRow, UserRow } from '../../db/rows.js';
import { requireViewer, type ServiceContext } from '../shared/service-context.js';
import { definedOnly, parseInput, text, timeZoneSchema } from '../shared/validation.js';
import { findProfilesByUserIds, findUsersByIds, updateProfileByUserId } from './profile.repository.js';

const updateProfileSchema = z.object({
  displayName: text(80, { min: 1, label: 'Display name' }).nullish(),
  timeZone: timeZoneSchema.nullish(),
});

/** The signed-in user, or null for anonymous requests. */
export async function getViewerUser(ctx: ServiceContext): Promise<UserRow | null> {
  if (!ctx.viewer) return null;
  const [user] = await findUsersByIds(ctx.db, [ctx.viewer.userId]);
  return user ?? null;
}

async function getViewerProfile(ctx: ServiceContext): Promise<ProfileRow> {
  const viewer = requireViewer(ctx);
  const [profile] = await findProfilesByUserIds(ctx.db, [viewer.userId]);
  if (!profile) throw new Error(`user ${viewer.userId} has no profile`);
  return profile;
}

export async function updateProfile(ctx: ServiceContext, input: unknown): Promise<ProfileRow> {
  const viewer = requireViewer(ctx);
  const parsed = definedOnly(parseInput(updateProfileSchema, input));
  if (Object.keys(parsed).length === 0) return getViewerProfile(ctx);
  return updateProfileByUserId(ctx.db, viewer.userId, {
    displayName: parsed.displayName,
    timeZone: parsed.timeZone,
  });
}
