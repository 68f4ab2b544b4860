import type { Platform } from '../../modules/shared/domain.js';

/** Where a network sends the browser back after its consent page; registered as the app's callback URL there. */
export function oauthCallbackPath(platform: Platform): string {
  return `/api/channels/${platform}/callback`;
}
