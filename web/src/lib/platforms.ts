import type { Platform } from '../gql/graphql';

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

export const platformOptions = (Object.keys(platformLabels) as Platform[]).map((value) => ({
  value,
  label: platformLabels[value],
}));

export function isPlatform(value: string): value is Platform {
  return value in platformLabels;
}
