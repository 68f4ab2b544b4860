import type { GraphQLContext } from '../context.js';

/** Who made a recorded change: the named process, or the person (by their profile's name). */
export async function actorOf(change: { actorUserId: string | null; actorProcess: string | null }, ctx: GraphQLContext) {
  if (change.actorProcess) return { kind: 'process' as const, name: change.actorProcess };
  const profile = change.actorUserId ? await ctx.loaders.profileByUserId.load(change.actorUserId) : null;
  return { kind: 'user' as const, name: profile?.displayName ?? 'Former member' };
}
