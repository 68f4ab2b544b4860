import { formatRules, type FormatRule } from '../content-item/media-rules.js';
import { PLATFORMS, type Platform } from '../shared/domain.js';
import { requireViewer, type ServiceContext } from '../shared/service-context.js';

// What DoppelCart can do with each platform on this server: publish through a channel
// (Instagram, the Sandbox) or only plan content for it; and whether a channel can be
// connected now (Instagram needs a Meta app configured).

export interface PlatformCapability {
  platform: Platform;
  label: string;
  canPublish: boolean;
  canConnect: boolean;
  connectUnavailableReason: string | null;
  formats: FormatRule[];
}

const LABELS: Record<Platform, string> = {
  instagram: 'Instagram',
  tiktok: 'TikTok',
  youtube: 'YouTube',
  x: 'X',
  linkedin: 'LinkedIn',
  threads: 'Threads',
  facebook: 'Facebook',
  sandbox: 'Sandbox (in-app)',
};

export const INSTAGRAM_NOT_CONFIGURED =
  'Instagram is not configured on this server: set INSTAGRAM_APP_ID and INSTAGRAM_APP_SECRET (README, "Connecting Instagram")';

/** What each platform can do on this server; for signed-in users, like every query but `viewer`. */
export function platformCapabilities(ctx: ServiceContext, server: { instagramConfigured: boolean }): PlatformCapability[] {
  requireViewer(ctx);
  return PLATFORMS.map((platform) => ({ ...connection(platform, server), formats: formatRules(platform) }));
}

function connection(platform: Platform, server: { instagramConfigured: boolean }): Omit<PlatformCapability, 'formats'> {
  const label = LABELS[platform];
  if (platform === 'sandbox') return { platform, label, canPublish: true, canConnect: true, connectUnavailableReason: null };
  if (platform === 'instagram') {
    const canConnect = server.instagramConfigured;
    return { platform, label, canPublish: true, canConnect, connectUnavailableReason: canConnect ? null : INSTAGRAM_NOT_CONFIGURED };
  }
  return {
    platform,
    label,
    canPublish: false,
    canConnect: false,
    connectUnavailableReason: `DoppelCart cannot publish to ${label} yet: plan content for it and post it yourself`,
  };
}
