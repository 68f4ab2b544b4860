import type { Config } from '../../config.js';
import type { AccountIdentity } from '../connector.js';
import { NetworkError } from '../http/network-error.js';
import type { OAuth2Settings } from '../oauth/oauth2-client.js';
import { LinkedInClient } from './linkedin-client.js';

// Connecting LinkedIn (docs/networks/linkedin.md): OAuth 2.0 authorization code (LinkedIn's
// web flow has no PKCE; the client secret goes in the form). A member is the author
// urn:li:person:<sub>; with LINKEDIN_ORGANIZATIONS the organisations they administer become
// channels too (urn:li:organization:<id>), each sharing the member's token.

const MEMBER_SCOPES = ['openid', 'profile', 'w_member_social'];
const ORGANIZATION_SCOPES = ['w_organization_social', 'r_organization_social', 'rw_organization_admin'];

export const linkedInClient = (config: Config, accessToken: string) => new LinkedInClient(config.LINKEDIN_API_URL, accessToken, config.LINKEDIN_TIMEOUT_MS, config.LINKEDIN_VERSION);

export function linkedInOAuthSettings(config: Config, redirectUri: string): OAuth2Settings | null {
  if (!config.LINKEDIN_CLIENT_ID || !config.LINKEDIN_CLIENT_SECRET) return null;
  return {
    authorizeUrl: config.LINKEDIN_AUTHORIZE_URL,
    tokenUrl: config.LINKEDIN_TOKEN_URL,
    clientId: config.LINKEDIN_CLIENT_ID,
    clientSecret: config.LINKEDIN_CLIENT_SECRET,
    clientAuth: 'body',
    scopes: config.LINKEDIN_ORGANIZATIONS ? [...MEMBER_SCOPES, ...ORGANIZATION_SCOPES] : MEMBER_SCOPES,
    scopeSeparator: ' ',
    pkce: false,
    redirectUri,
    timeoutMs: config.LINKEDIN_TIMEOUT_MS,
  };
}

export async function identifyLinkedInAccounts(config: Config, accessToken: string): Promise<AccountIdentity[]> {
  const client = linkedInClient(config, accessToken);
  const me = await client.me();
  const accounts: AccountIdentity[] = [{ externalAccountId: `urn:li:person:${me.sub}`, accountName: me.name }];
  if (!config.LINKEDIN_ORGANIZATIONS) return accounts;
  try {
    for (const urn of await client.administeredOrganizations()) accounts.push({ externalAccountId: urn, accountName: `${await client.organizationName(urn)} (page)` });
  } catch (error) {
    // An app without the Community Management API: the member alone.
    if (!(error instanceof NetworkError && error.status === 403)) throw error;
  }
  return accounts;
}
