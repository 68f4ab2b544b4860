import type { Config } from '../config.js';
import { loadTokenCipher, type TokenCipher } from '../security/token-cipher.js';
import { createInstagramClient, type InstagramClient } from './instagram/instagram-client.js';

/** Permissions DoppelCart asks Instagram for: profile, publishing, and insights for analytics. */
export const INSTAGRAM_SCOPES = ['instagram_business_basic', 'instagram_business_content_publish', 'instagram_business_manage_insights'];

/**
 * What the channel code needs besides the database: the token cipher, the Instagram client
 * (null until INSTAGRAM_APP_ID and INSTAGRAM_APP_SECRET are set) and the app's public URL,
 * which OAuth redirects come back to and Instagram fetches images from.
 */
export interface Channels {
  cipher: TokenCipher;
  instagram: InstagramClient | null;
  publicUrl(): string;
  /** Set once the HTTP server knows its address, unless PUBLIC_URL fixed it. */
  setListeningUrl(url: string): void;
}

export const INSTAGRAM_CALLBACK_PATH = '/api/channels/instagram/callback';

export async function createChannels(config: Config): Promise<Channels> {
  let listeningUrl = `http://localhost:${config.PORT}`;
  const publicUrl = () => (config.PUBLIC_URL ?? listeningUrl).replace(/\/$/, '');
  const cipher = await loadTokenCipher(config);
  const instagram =
    config.INSTAGRAM_APP_ID && config.INSTAGRAM_APP_SECRET
      ? createInstagramClient({
          authorizeUrl: config.INSTAGRAM_AUTHORIZE_URL,
          apiUrl: config.INSTAGRAM_API_URL,
          graphUrl: config.INSTAGRAM_GRAPH_URL,
          appId: config.INSTAGRAM_APP_ID,
          appSecret: config.INSTAGRAM_APP_SECRET,
          // Read at call time: the listening URL is known only after start.
          get redirectUri() {
            return `${publicUrl()}${INSTAGRAM_CALLBACK_PATH}`;
          },
          timeoutMs: config.INSTAGRAM_TIMEOUT_MS,
        })
      : null;
  return {
    cipher,
    instagram,
    publicUrl,
    setListeningUrl: (url) => {
      listeningUrl = url;
    },
  };
}
