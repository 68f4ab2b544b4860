import { NetworkError } from '../http/network-error.js';
import type { OAuthAccess } from './oauth-tokens.js';

/**
 * Runs a call with the channel's token, and once more with a renewed one when the network
 * refuses the token first (its clock ended it before ours). Null when it cannot be renewed: the
 * channel then says Needs reconnect.
 */
export async function withRenewal<A extends OAuthAccess, T>(access: A, renew: (refusedToken: string) => Promise<A | null>, call: (access: A) => Promise<T>): Promise<T | null> {
  try {
    return await call(access);
  } catch (error) {
    if (!(error instanceof NetworkError && error.kind === 'auth')) throw error;
    const renewed = await renew(access.accessToken);
    return renewed ? call(renewed) : null;
  }
}
