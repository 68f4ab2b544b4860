import type { Config } from '../../config.js';
import type { Channels } from '../../channels/channels.js';
import type { ConnectionAuth } from '../../connectors/connector.js';
import { connectorFor } from '../../connectors/registry.js';
import { maxCaptionCharacters } from '../content-item/caption-limits.js';
import { formatRules, type FormatRule } from '../content-item/media-rules.js';
import { PLATFORM_LABELS, PLATFORMS, type Platform } from '../shared/domain.js';
import { requireViewer, type ServiceContext } from '../shared/service-context.js';

// What DoppelCart can do with each platform on this server: publish through a channel (the
// networks with a connector, connectors/registry.ts) or only plan content for it; whether a
// channel can be connected now (a network needs its app registered); and what a post there may
// hold. The SPA reads all of it from here rather than keeping lists of its own.

export interface PlatformCapability {
  platform: Platform;
  label: string;
  canPublish: boolean;
  canConnect: boolean;
  connectUnavailableReason: string | null;
  formats: FormatRule[];
  captionMaxCharacters: number;
  maxHashtags: number | null;
  auth: ConnectionAuth | null;
}


/** What each platform can do on this server; for signed-in users, like every query but `viewer`. */
export function platformCapabilities(ctx: ServiceContext & { channels: Channels; config: Config }): PlatformCapability[] {
  requireViewer(ctx);
  return PLATFORMS.map((platform) => capabilityOf(platform, ctx));
}

function capabilityOf(platform: Platform, { channels, config }: { channels: Channels; config: Config }): PlatformCapability {
  const connector = connectorFor(platform);
  if (connector) {
    const { formats, captionMaxCharacters, maxHashtags, auth } = connector.capabilities(config);
    const reason = connector.unavailableReason(channels, config);
    return { platform, label: connector.label, canPublish: true, canConnect: reason === null, connectUnavailableReason: reason, formats, captionMaxCharacters, maxHashtags, auth };
  }
  const label = PLATFORM_LABELS[platform];
  return {
    platform,
    label,
    canPublish: false,
    canConnect: false,
    connectUnavailableReason: `DoppelCart cannot publish to ${label} yet: plan content for it and post it yourself`,
    formats: formatRules(platform),
    captionMaxCharacters: maxCaptionCharacters(platform),
    maxHashtags: null,
    auth: null,
  };
}
