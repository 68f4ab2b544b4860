import { z } from 'zod';
import type { Database } from '../../db/database.js';
import { invalid, RateLimitedError } from '../../errors.js';
import { humanDuration } from '../../human-duration.js';
import { emailVerificationMessage, passwordResetMessage } from '../../mail/account-messages.js';
import type { MailMessage } from '../../mail/mailer.js';
import { publishEvents } from '../../realtime/events.js';
import { requireViewer } from '../shared/service-context.js';
import { parseInput } from '../shared/validation.js';
import { accountLink, RESET_LINK_MINUTES, sendInBackground, VERIFY_LINK_HOURS, type MailingContext } from './account-links.js';
import {
  consumeAccountToken,
  countEmailRequestsSince,
  expireAccountTokensOfUser,
  findAccountTokenByHash,
  insertAccountToken,
  insertEmailRequest,
  type AccountTokenPurpose,
} from './account-token.repository.js';
import { findUserByEmail, findUserById, markEmailVerified, revokeSessionsOfUser, updateUserPasswordById } from './auth.repository.js';
import { emailSchema, passwordSchema } from './credentials.js';
import { hashPassword } from './password.js';
import { newSessionToken, hashSessionToken } from './session-token.js';

// Password resets and address verification by emailed links: 256-bit random tokens, stored as
// SHA-256, single-use and expiring. Asking for a reset answers the same whether or not the
// address has an account.

const REQUEST_WINDOW_MINUTES = 15;
const REQUESTS_PER_ADDRESS = 3;
const REQUESTS_PER_CLIENT = 20;

// A cut-off or padded token cannot be one we issued (43 base64url characters).
const notALink = 'This link is not valid (it may have been cut off); open it from the email again';
const tokenSchema = z.string().trim().min(20, notALink).max(200, notALink);
const requestResetSchema = z.object({ email: emailSchema });
const resetSchema = z.object({ token: tokenSchema, newPassword: passwordSchema });
const verifySchema = z.object({ token: tokenSchema });

/** Every request counts, known address or not, so the limit itself reveals nothing. */
async function limitRequests(ctx: MailingContext, purpose: AccountTokenPurpose, email: string, ip: string) {
  const since = new Date(Date.now() - REQUEST_WINDOW_MINUTES * 60_000);
  const counts = await countEmailRequestsSince(ctx.db, { email, ip }, since);
  if (counts.byEmail >= REQUESTS_PER_ADDRESS || counts.byIp >= REQUESTS_PER_CLIENT) {
    throw new RateLimitedError(REQUEST_WINDOW_MINUTES * 60);
  }
  await insertEmailRequest(ctx.db, { purpose, email, ip });
}

async function issueToken(db: Database, user: { id: string; email: string }, purpose: AccountTokenPurpose, validMs: number) {
  const { token, tokenHash } = newSessionToken();
  await insertAccountToken(db, { userId: user.id, purpose, tokenHash: tokenHash, email: user.email, expiresAt: new Date(Date.now() + validMs) });
  return token;
}

const REFUSALS: Record<AccountTokenPurpose, { unknown: string; used: string; expired: string }> = {
  password_reset: {
    unknown: 'This reset link is not valid (it may have been cut off); open it from the email again, or ask for a new one',
    used: 'This reset link was already used, or the password was changed since; ask for a new one if you need it',
    expired: `This reset link has expired (links work for ${humanDuration(RESET_LINK_MINUTES * 60)}); ask for a new one`,
  },
  email_verification: {
    unknown: 'This confirmation link is not valid (it may have been cut off); open it from the email again',
    used: 'This confirmation link was already used',
    expired: `This confirmation link has expired (links work for ${humanDuration(VERIFY_LINK_HOURS * 3600)}); send a new one from your profile`,
  },
};

/** Says why a link was refused: unknown (or mistyped), used, or expired. */
async function refuseToken(db: Database, tokenHash: Buffer, purpose: AccountTokenPurpose) {
  const found = await findAccountTokenByHash(db, tokenHash, purpose);
  const refusal = REFUSALS[purpose];
  return invalid('input.token', !found ? refusal.unknown : found.usedAt ? refusal.used : refusal.expired);
}

export async function requestPasswordReset(ctx: MailingContext, input: unknown, clientIp: string): Promise<true> {
  const { email } = parseInput(requestResetSchema, input);
  await limitRequests(ctx, 'password_reset', email, clientIp);
  sendInBackground(ctx, async () => {
    const user = await findUserByEmail(ctx.db, email);
    if (!user) return null;
    const token = await issueToken(ctx.db, user, 'password_reset', RESET_LINK_MINUTES * 60_000);
    return passwordResetMessage(user.email, accountLink(ctx, '/reset-password', token), RESET_LINK_MINUTES * 60);
  });
  return true;
}

/**
 * Sets the new password from a reset link. The link proves the address, so it is verified too;
 * every session of the account ends (its open sockets close on every instance) and the
 * account's other reset links stop working. Returns the user, for a fresh session.
 */
export async function resetPassword(ctx: MailingContext, input: unknown): Promise<string> {
  const { token, newPassword } = parseInput(resetSchema, input);
  const passwordHash = await hashPassword(newPassword);
  return ctx.db.transaction().execute(async (trx) => {
    const tokenHash = hashSessionToken(token);
    const used = await consumeAccountToken(trx, tokenHash, 'password_reset');
    if (!used) throw await refuseToken(trx, tokenHash, 'password_reset');
    await updateUserPasswordById(trx, used.userId, passwordHash);
    await markEmailVerified(trx, used.userId, used.email);
    await expireAccountTokensOfUser(trx, used.userId, 'password_reset');
    const revoked = await revokeSessionsOfUser(trx, used.userId);
    await publishEvents(trx, revoked.map((sessionId) => ({ type: 'session_revoked' as const, sessionId })));
    return used.userId;
  });
}

/** Sends (again) the link that confirms the viewer's address; false when it is confirmed already. */
export async function sendVerificationEmail(ctx: MailingContext, clientIp: string): Promise<boolean> {
  const viewer = requireViewer(ctx);
  const user = await findUserById(ctx.db, viewer.userId);
  if (!user || user.emailVerifiedAt) return false;
  await limitRequests(ctx, 'email_verification', user.email, clientIp);
  const message = await verificationMessage(ctx, ctx.db, user);
  sendInBackground(ctx, async () => message);
  return true;
}

/** A new confirmation link for `user`, stored through `db` (sign-up's own transaction). */
export async function verificationMessage(ctx: MailingContext, db: Database, user: { id: string; email: string }): Promise<MailMessage> {
  const token = await issueToken(db, user, 'email_verification', VERIFY_LINK_HOURS * 3600_000);
  return emailVerificationMessage(user.email, accountLink(ctx, '/verify-email', token), VERIFY_LINK_HOURS * 3600);
}

/** Confirms an address from its link; works signed in or not (the link is the proof). */
export async function verifyEmail(ctx: MailingContext, input: unknown): Promise<true> {
  const { token } = parseInput(verifySchema, input);
  return ctx.db.transaction().execute(async (trx) => {
    const tokenHash = hashSessionToken(token);
    const used = await consumeAccountToken(trx, tokenHash, 'email_verification');
    if (!used) throw await refuseToken(trx, tokenHash, 'email_verification');
    if (!(await markEmailVerified(trx, used.userId, used.email))) {
      throw invalid('input.token', 'This confirmation link is for an address this account no longer has');
    }
    return true as const;
  });
}
