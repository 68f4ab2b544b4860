import type { Platform } from '../gql/graphql';
import { publishesThroughChannel } from './publishing';

export const platformLabels: Record<Platform, string> = {
  INSTAGRAM: 'Instagram',
  TIKTOK: 'TikTok',
  YOUTUBE: 'YouTube',
  X: 'X',
  LINKEDIN: 'LinkedIn',
  THREADS: 'Threads',
  FACEBOOK: 'Facebook',
  SANDBOX: 'Sandbox (in-app)',
};

/**
 * DoppelCart publishes only through channels (Instagram, the Sandbox, see publishing.ts); the
 * others are for planning content that people post by hand, and every picker says so.
 */
const planningOnlySuffix = ' (planning only)';

export const platformOptions = (Object.keys(platformLabels) as Platform[]).map((value) => ({
  value,
  label: publishesThroughChannel(value) ? platformLabels[value] : `${platformLabels[value]}${planningOnlySuffix}`,
}));

export function isPlatform(value: string): value is Platform {
  return value in platformLabels;
}
