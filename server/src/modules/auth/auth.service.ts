import { z } from 'zod';
import { ConflictError, RateLimitedError, UnauthenticatedError, ValidationError } from '../../errors.js';
import { publishEvent } from '../../realtime/events.js';
import { insertProfile } from '../profile/profile.repository.js';
import { isPostgresError, UNIQUE_VIOLATION } from '../shared/postgres-errors.js';
import { requireViewer, type ServiceContext, type Viewer } from '../shared/service-context.js';
import { parseInput, text, timeZoneSchema } from '../shared/validation.js';
import {
  countSignInFailuresSince,
  recordSignUpAttempt,
  findActiveSessionByTokenHash,
  findUserByEmail,
  insertSession,
  insertSignInAttempt,
  insertUser,
  revokeSessionById,
  touchSessionById,
} from './auth.repository.js';
import { verificationMessage } from './account-email.service.js';
import { sendInBackground, type MailingContext } from './account-links.js';
import { emailSchema, passwordSchema } from './credentials.js';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './password.js';
import { hashSessionToken, newSessionToken } from './session-token.js';

const signUpSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  displayName: text(80).nullish(),
  timeZone: timeZoneSchema.nullish(),
});

const signInSchema = z.object({ email: emailSchema, password: z.string().min(1, 'is required').max(200) });

const SLIDE_AFTER_MS = 60 * 60 * 1000;

export interface SessionGrant {
  token: string;
  expiresAt: Date;
  userId: string;
}

function sessionExpiry(ctx: Pick<ServiceContext, 'config'>): Date {
  return new Date(Date.now() + ctx.config.SESSION_TTL_DAYS * 24 * 60 * 60 * 1000);
}

export async function startSession(ctx: ServiceContext, userId: string): Promise<SessionGrant> {
  const { token, tokenHash } = newSessionToken();
  const expiresAt = sessionExpiry(ctx);
  await insertSession(ctx.db, { userId: userId, tokenHash: tokenHash, expiresAt: expiresAt });
  return { token, expiresAt, userId };
}

/** A new account with its session; the message confirming the address goes out after. */
export async function signUp(ctx: MailingContext, input: unknown, clientIp: string): Promise<SessionGrant> {
  const { email: address, password, displayName, timeZone } = parseInput(signUpSchema, input);
  await checkSignUpLimit(ctx, clientIp);
  const passwordHash = await hashPassword(password);
  try {
    const { user, confirmation } = await ctx.db.transaction().execute(async (trx) => {
      const created = await insertUser(trx, { email: address, passwordHash: passwordHash });
      await insertProfile(trx, {
        userId: created.id,
        displayName: displayName || address.split('@')[0]!.slice(0, 80),
        timeZone: timeZone ?? 'UTC',
      });
      return { user: created, confirmation: await verificationMessage(ctx, trx, created) };
    });
    const grant = await startSession(ctx, user.id);
    sendInBackground(ctx, async () => confirmation);
    return grant;
  } catch (error) {
    if (isPostgresError(error, UNIQUE_VIOLATION, 'users_email_key')) {
      throw new ConflictError('input.email', 'An account with this email already exists');
    }
    throw error;
  }
}

/**
 * Refuses password attempts from a client past the failure limit for an address, and a looser
 * limit per client so one client cannot spray many addresses. Failures are counted per
 * address and client together: someone who knows an email can slow themselves down, never
 * lock the owner (signing in from elsewhere) out.
 */
export async function checkPasswordAttemptLimit(ctx: ServiceContext, email: string, clientIp: string): Promise<void> {
  const windowMinutes = ctx.config.SIGN_IN_WINDOW_MINUTES;
  const failures = await countSignInFailuresSince(ctx.db, { email, ip: clientIp }, new Date(Date.now() - windowMinutes * 60 * 1000));
  if (failures.byPair >= ctx.config.SIGN_IN_MAX_FAILURES || failures.byIp >= ctx.config.SIGN_IN_MAX_FAILURES * 4) {
    throw new RateLimitedError(windowMinutes * 60);
  }
}

/** Counts this sign-up against the client's hourly allowance, refusing past it (before any hashing). */
async function checkSignUpLimit(ctx: ServiceContext, clientIp: string): Promise<void> {
  const since = new Date(Date.now() - 60 * 60 * 1000);
  if ((await recordSignUpAttempt(ctx.db, clientIp, since)) > ctx.config.SIGN_UP_PER_HOUR) throw new RateLimitedError(60 * 60);
}

export async function signIn(ctx: ServiceContext, input: unknown, clientIp: string): Promise<SessionGrant> {
  const { email: address, password } = parseInput(signInSchema, input);
  await checkPasswordAttemptLimit(ctx, address, clientIp);
  const user = await findUserByEmail(ctx.db, address);
  const ok = user ? await verifyPassword(user.passwordHash, password) : await verifyAgainstDummy(password);
  await insertSignInAttempt(ctx.db, { email: address, ip: clientIp, succeeded: ok });
  if (!user || !ok) throw new ValidationError([{ field: 'input.password', message: 'Wrong email or password' }]);
  return startSession(ctx, user.id);
}

export async function signOut(ctx: ServiceContext): Promise<boolean> {
  const viewer = requireViewer(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const revoked = await revokeSessionById(trx, viewer.sessionId);
    // Every instance closes the live sockets of this session when it hears of it.
    if (revoked) await publishEvent(trx, { type: 'session_revoked', sessionId: viewer.sessionId });
    return revoked;
  });
}

/** Resolves a bearer token to its viewer, sliding the expiry at most once an hour. */
export async function authenticate(ctx: Pick<ServiceContext, 'db' | 'config'>, token: string): Promise<Viewer> {
  const session = await findActiveSessionByTokenHash(ctx.db, hashSessionToken(token));
  if (!session) throw new UnauthenticatedError('Session expired or signed out; sign in again');
  if (Date.now() - session.lastUsedAt.getTime() > SLIDE_AFTER_MS) {
    await touchSessionById(ctx.db, session.id, sessionExpiry(ctx));
  }
  return { userId: session.userId, sessionId: session.id };
}
