import { z } from 'zod';
import { invalid } from '../../errors.js';
import { publishEvents } from '../../realtime/events.js';
import { requireViewer, type ServiceContext } from '../shared/service-context.js';
import { parseInput } from '../shared/validation.js';
import { checkPasswordAttemptLimit } from './auth.service.js';
import { expireAccountTokensOfUser } from './account-token.repository.js';
import { countActiveSessionsOfUser, findUserById, insertSignInAttempt, revokeSessionsOfUser, updateUserPasswordById } from './auth.repository.js';
import { passwordSchema } from './credentials.js';
import { hashPassword, verifyPassword } from './password.js';
import type { Database } from '../../db/database.js';

// What a signed-in person does with their own credentials: change the password, end the
// sessions on their other devices.

const changePasswordSchema = z.object({
  currentPassword: z.string().min(1, 'is required').max(200),
  newPassword: passwordSchema,
});

/** Ends the user's sessions but `keep`; their sockets close on every instance. */
async function endOtherSessions(trx: Database, userId: string, keep: string): Promise<number> {
  const revoked = await revokeSessionsOfUser(trx, userId, keep);
  await publishEvents(trx, revoked.map((sessionId) => ({ type: 'session_revoked' as const, sessionId })));
  return revoked.length;
}

/**
 * Needs the current password (a stolen session alone cannot take over the account, and wrong
 * guesses count towards the sign-in limit); other sessions end and reset links stop working.
 */
export async function changePassword(ctx: ServiceContext, input: unknown, clientIp: string): Promise<true> {
  const viewer = requireViewer(ctx);
  const { currentPassword, newPassword } = parseInput(changePasswordSchema, input);
  const user = await findUserById(ctx.db, viewer.userId);
  if (!user) throw invalid('input.currentPassword', 'Wrong password');
  await checkPasswordAttemptLimit(ctx, user.email, clientIp);
  const ok = await verifyPassword(user.passwordHash, currentPassword);
  await insertSignInAttempt(ctx.db, { email: user.email, ip: clientIp, succeeded: ok });
  if (!ok) throw invalid('input.currentPassword', 'Wrong password');
  if (currentPassword === newPassword) throw invalid('input.newPassword', 'must differ from the current password');
  const passwordHash = await hashPassword(newPassword);
  await ctx.db.transaction().execute(async (trx) => {
    await updateUserPasswordById(trx, user.id, passwordHash);
    await expireAccountTokensOfUser(trx, user.id, 'password_reset');
    await endOtherSessions(trx, user.id, viewer.sessionId);
  });
  return true;
}

/** Signs out every other device; returns how many sessions ended. */
export async function signOutOtherSessions(ctx: ServiceContext): Promise<number> {
  const viewer = requireViewer(ctx);
  return ctx.db.transaction().execute((trx) => endOtherSessions(trx, viewer.userId, viewer.sessionId));
}

export function countViewerSessions(ctx: ServiceContext): Promise<number> {
  return countActiveSessionsOfUser(ctx.db, requireViewer(ctx).userId);
}
