import { requestPasswordReset, resetPassword, sendVerificationEmail, verifyEmail } from '../../modules/auth/account-email.service.js';
import { signIn, signOut, signUp, startSession, type SessionGrant } from '../../modules/auth/auth.service.js';
import { changePassword, countViewerSessions, signOutOtherSessions } from '../../modules/auth/credentials.service.js';
import { getViewerUser, updateProfile } from '../../modules/profile/profile.service.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../resolvers.generated.js';

async function authPayload(ctx: GraphQLContext, grant: SessionGrant) {
  const viewerCtx = { ...ctx, viewer: { userId: grant.userId, sessionId: '' } };
  const viewer = await getViewerUser(viewerCtx);
  if (!viewer) throw new Error(`user ${grant.userId} vanished after sign-in`);
  return { token: grant.token, expiresAt: grant.expiresAt, viewer };
}

export const accountResolvers: Resolvers = {
  Query: {
    viewer: (_parent, _args, ctx) => getViewerUser(ctx),
  },
  Mutation: {
    signUp: async (_parent, { input }, ctx) => authPayload(ctx, await signUp(ctx, input, ctx.clientIp)),
    signIn: async (_parent, { input }, ctx) => authPayload(ctx, await signIn(ctx, input, ctx.clientIp)),
    signOut: (_parent, _args, ctx) => signOut(ctx),
    updateProfile: (_parent, { input }, ctx) => updateProfile(ctx, input),
    requestPasswordReset: (_parent, { input }, ctx) => requestPasswordReset(ctx, input, ctx.clientIp),
    resetPassword: async (_parent, { input }, ctx) => authPayload(ctx, await startSession(ctx, await resetPassword(ctx, input))),
    verifyEmail: (_parent, { input }, ctx) => verifyEmail(ctx, input),
    resendVerificationEmail: (_parent, _args, ctx) => sendVerificationEmail(ctx, ctx.clientIp),
    changePassword: (_parent, { input }, ctx) => changePassword(ctx, input, ctx.clientIp),
    signOutOtherSessions: (_parent, _args, ctx) => signOutOtherSessions(ctx),
  },
  Viewer: {
    emailVerified: (user) => user.emailVerifiedAt !== null,
    activeSessions: (_user, _args, ctx) => countViewerSessions(ctx),
    profile: async (user, _args, ctx) => {
      const profile = await ctx.loaders.profileByUserId.load(user.id);
      if (!profile) throw new Error(`user ${user.id} has no profile`);
      return profile;
    },
  },
  Profile: {
  },
};
