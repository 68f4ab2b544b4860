import { NetworkError } from '../http/network-error.js';
import type { OAuthAccess } from './oauth-tokens.js';

/**
 * Runs a call with the channel's token (from `accessOf(null)`), and once more with a renewed
 * one (`accessOf(refusedToken)`) when the network refuses the token first, its clock having
 * ended it before ours. Null when the channel cannot be asked: disconnected, or the token could
 * not be renewed and the channel now says Needs reconnect.
 */
export async function withRenewal<A extends OAuthAccess, T>(accessOf: (refusedToken: string | null) => Promise<A | null>, call: (access: A) => Promise<T>): Promise<T | null> {
  const access = await accessOf(null);
  if (!access) return null;
  try {
    return await call(access);
  } catch (error) {
    if (!(error instanceof NetworkError && error.kind === 'auth')) throw error;
    const renewed = await accessOf(access.accessToken);
    return renewed ? call(renewed) : null;
  }
}
