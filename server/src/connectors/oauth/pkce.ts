import { createHash, randomBytes } from 'node:crypto';

// PKCE (RFC 7636): a random verifier kept on the server with the flow's state, and its S256
// challenge sent to the consent page. The token endpoint hands out tokens only to a request
// carrying the verifier, so a code intercepted on its way back is worthless to anyone else.

/** 43 URL-safe characters from 32 random bytes: the shortest verifier RFC 7636 allows, with 256 bits. */
export function codeVerifier(): string {
  return randomBytes(32).toString('base64url');
}

export function codeChallenge(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}
