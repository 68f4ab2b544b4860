import {
  IconBrandBluesky,
  IconBrandFacebook,
  IconBrandInstagram,
  IconBrandLinkedin,
  IconBrandMastodon,
  IconBrandThreads,
  IconBrandTiktok,
  IconBrandX,
  IconBrandYoutube,
  IconFlask,
  IconWorld,
} from '@tabler/icons-react';
import type { Platform } from '../../../gql/graphql';

const ICONS: Record<Platform, typeof IconWorld> = {
  INSTAGRAM: IconBrandInstagram,
  BLUESKY: IconBrandBluesky,
  MASTODON: IconBrandMastodon,
  X: IconBrandX,
  LINKEDIN: IconBrandLinkedin,
  THREADS: IconBrandThreads,
  TIKTOK: IconBrandTiktok,
  YOUTUBE: IconBrandYoutube,
  FACEBOOK: IconBrandFacebook,
  SANDBOX: IconFlask,
};

/** The network's mark, for connect buttons. */
export function NetworkIcon({ platform, size = 16 }: { platform: Platform; size?: number }) {
  const Icon = ICONS[platform] ?? IconWorld;
  return <Icon size={size} aria-hidden />;
}
