import type { Channels } from '../channels/channels.js';
import { InstagramApiError, type ContainerInput, type ContainerStatus, type InstagramClient } from '../channels/instagram/instagram-client.js';
import type { ChannelIntegrationRow, ScheduledPostRow } from '../db/rows.js';
import type { Logger } from '../logger.js';
import { markNeedsReconnect } from '../modules/channel/channel-status.js';
import { accessTokenOf, refreshChannelTokenIfDue } from '../modules/channel/channel-tokens.js';
import { TokenDecryptionError } from '../security/token-cipher.js';
import type { AssetStorage } from '../storage/asset-storage.js';
import { LeaseLost, PARKED, parkPost } from '../connectors/held-post.js';
import { whileHeld } from './claims.repository.js';
import { findChannelById, findPostContent, findPostMedia } from './publishing.repository.js';
import { findOwnMedia } from './instagram-own-media.js';
import { instagramMediaUrl, singleContainerInput } from './instagram-container-input.js';
import { mediaNotReady } from './media-readiness.js';
import { finishFailed, finishPublished, releaseForRetry, retryDelayMs, type Held } from './outcomes.js';

// Instagram publishing in recorded steps (instagram.md):
//   1. create the container and store its id (a carousel first creates its children one by
//      one, storing each id, waits until all are FINISHED, then creates the parent: a crash
//      goes on from the next child, and a half carousel is never published);
//   2. wait until the container is FINISHED (videos take a while: polls back off, and between
//      later polls the post is parked so it does not hold a publishing slot);
//   3. store publish_requested_at, then call media_publish;
//   4. store the media id, read the permalink, mark PUBLISHED / POSTED.
// A post claimed again after a crash or timeout starts by reading what the platform says
// instead of repeating a step: a container that is PUBLISHED went out; a FINISHED one did not,
// and publishing it is safe because a container publishes at most once (the platform refuses
// a second media_publish for it). When the outcome cannot be read, the post ends FAILED as
// "unconfirmed: check the account" rather than risk a duplicate. Errors before step 3 retry
// with backoff; permanent errors end FAILED with the platform's message.

export interface InstagramPublishDeps extends Held {
  channels: Channels;
  storage: AssetStorage;
  logger: Logger;
  leaseSeconds: number;
  maxAttempts: number;
  pollMs: number;
}

const MAX_STATUS_POLLS = 60;
/** The longest wait between status polls, in poll intervals (1.25x longer each time until then). */
const MAX_BACKOFF = 20;
const UNCONFIRMED = 'unconfirmed: check the account';
/** Waits between status polls this long or longer park the post rather than hold a slot. */
const PARK_AT_MS = 1000;

type PostMediaFile = NonNullable<Awaited<ReturnType<typeof findPostMedia>>>['media'][number];

const waitFor = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function publishToInstagram(deps: InstagramPublishDeps, claimed: ScheduledPostRow): Promise<void> {
  const instagram = deps.channels.instagram;
  if (!instagram) {
    await finishFailed(deps, claimed, 'Instagram is not configured on this server (INSTAGRAM_APP_ID, INSTAGRAM_APP_SECRET)');
    return;
  }
  let channel = await findChannelById(deps.db, claimed.channelIntegrationId);
  if (channel?.status === 'active') channel = (await refreshChannelTokenIfDue(deps, channel.id).catch(() => channel)) ?? channel;
  if (!channel || channel.status !== 'active') {
    const why = channel?.status === 'needs_reconnect' ? `the Instagram channel needs reconnecting (${channel.statusReason ?? 'token expired'})` : 'the channel was disconnected';
    await finishFailed(deps, claimed, why);
    return;
  }
  let token: string;
  try {
    token = accessTokenOf(deps.channels, channel);
  } catch (error) {
    if (!(error instanceof TokenDecryptionError)) throw error;
    // A key that changed (or a tampered row) cannot be fixed by retrying: ask for a reconnect.
    const why = 'the stored token cannot be decrypted (was TOKEN_ENCRYPTION_KEYS changed?); connect the account again';
    await markNeedsReconnect(deps.db, channel.id, why);
    await finishFailed(deps, claimed, `the Instagram channel needs reconnecting: ${why}`);
    return;
  }
  try {
    await new InstagramRun(deps, instagram, channel, claimed, token).run();
  } catch (error) {
    if (error instanceof LeaseLost) deps.logger.warn({ postId: claimed.id }, 'lease lost; another worker took the post over');
    else throw error;
  }
}

class InstagramRun {
  constructor(
    private readonly deps: InstagramPublishDeps,
    private readonly instagram: InstagramClient,
    private readonly channel: ChannelIntegrationRow,
    private post: ScheduledPostRow,
    private readonly token: string,
  ) {}

  async run(): Promise<void> {
    try {
      if (this.post.publishRequestedAt && this.post.containerId) {
        const settled = await this.settleEarlierRequest();
        if (settled) return;
      }
      if (!this.post.containerId) {
        // A carousel whose slides are under way checked the quota before its first one.
        if (!this.post.childContainerIds.length && (await this.quotaReached())) return;
        if (!(await this.createContainer())) return;
      }
      const status = await this.waitUntilProcessed();
      if (status !== 'FINISHED') return;
      await this.publish();
    } catch (error) {
      if (error instanceof LeaseLost) throw error;
      await this.beforePublishFailed(error);
    }
  }

  private async hold(values: Parameters<typeof whileHeld>[4] = {}) {
    const held = await whileHeld(this.deps.db, this.post.id, this.deps.owner, this.deps.leaseSeconds, values);
    if (!held) throw new LeaseLost();
    this.post = held;
  }

  private async text(): Promise<{ caption: string }> {
    const item = await findPostContent(this.deps.db, this.post);
    if (!item) throw new Error('the item of a claimed post is gone');
    // Once sent, the caption is the recorded one: a resumed post looks for what it sent.
    return { caption: this.post.captionSent ?? item.caption };
  }

  /** Publishing uses up a post of the account's live quota; a full quota waits, it does not fail. */
  private async quotaReached(): Promise<boolean> {
    const quota = await this.instagram.publishingLimit(this.token, this.channel.externalAccountId);
    if (quota.used < quota.total) return false;
    await releaseForRetry(this.deps, this.post, `publishing limit reached (${quota.used} of ${quota.total} in ${Math.round(quota.windowSeconds / 3600)} h); waiting`, 15 * 60_000);
    return true;
  }

  /** False when the post ended here instead (its media are gone or cannot be sent). */
  private async createContainer(): Promise<boolean> {
    const { caption } = await this.text();
    const content = await findPostMedia(this.deps.db, this.post.contentItemId);
    if (!content) throw new Error('the item of a claimed post is gone');
    const { format, media } = content;
    const notReady = mediaNotReady(format, media);
    if (notReady) {
      if ('fail' in notReady) await finishFailed(this.deps, this.post, notReady.fail);
      else await releaseForRetry(this.deps, this.post, notReady.wait, 60_000);
      return false;
    }
    // Recorded before it is sent (with the disclosure line as the policy is now).
    if (this.post.captionSent === null) await this.hold({ captionSent: caption });
    if (format === 'carousel') return this.createCarousel(media, caption);
    const url = await this.urlOf(media[0]!);
    if ('problem' in url) {
      await finishFailed(this.deps, this.post, url.problem);
      return false;
    }
    const cover = format === 'reel' && content.cover ? await this.urlOf({ kind: 'image', ...content.cover }) : null;
    const input = singleContainerInput(format, url, { caption, altText: media[0]!.altText, coverUrl: cover && 'imageUrl' in cover ? cover.imageUrl : null });
    const { containerId } = await this.instagram.createContainer(this.token, this.channel.externalAccountId, input);
    await this.hold({ containerId: containerId, lastError: null });
    return true;
  }

  /** The children one by one (each id stored as it is made), all FINISHED, then the parent. */
  private async createCarousel(media: ReadonlyArray<PostMediaFile>, caption: string): Promise<boolean> {
    const children = this.post.childContainerIds.slice(0, media.length);
    for (let index = children.length; index < media.length; index += 1) {
      const entry = media[index]!;
      const url = await this.urlOf(entry);
      if ('problem' in url) {
        await finishFailed(this.deps, this.post, `slide ${index + 1}: ${url.problem}`);
        return false;
      }
      const input: ContainerInput = 'videoUrl' in url
        ? { videoUrl: url.videoUrl, mediaType: 'VIDEO', isCarouselItem: true }
        : { imageUrl: url.imageUrl, isCarouselItem: true, altText: entry.altText || undefined };
      const { containerId } = await this.instagram.createContainer(this.token, this.channel.externalAccountId, input);
      children.push(containerId);
      await this.hold({ childContainerIds: [...children] });
    }
    for (const [index, child] of children.entries()) {
      const { status, message } = await this.pollContainer(child);
      if (status === 'FINISHED') continue;
      if (status === PARKED) return false;
      if (status === 'EXPIRED') {
        await this.hold({ childContainerIds: [] });
        await releaseForRetry(this.deps, this.post, `slide ${index + 1} expired before the carousel was published; starting again`, 0);
      } else if (status === 'IN_PROGRESS') {
        await releaseForRetry(this.deps, this.post, 'Instagram is still processing the slides', retryDelayMs(this.post.attempts));
      } else {
        await finishFailed(this.deps, this.post, `Instagram could not process slide ${index + 1}: ${message ?? `container ${status}`}`);
      }
      return false;
    }
    const { containerId } = await this.instagram.createContainer(this.token, this.channel.externalAccountId, { mediaType: 'CAROUSEL', children, caption });
    await this.hold({ containerId, lastError: null });
    return true;
  }

  private urlOf(media: { kind: string; storageKey: string; mimeType: string }) {
    return instagramMediaUrl(this.deps.storage, this.deps.channels.publicUrl(), media);
  }

  /**
   * Asks whether a container has left IN_PROGRESS. A short wait (under PARK_AT_MS) happens in
   * the worker's slot; a longer one parks the post instead (see park) and answers PARKED. The
   * waits back off with the post's recorded poll count.
   */
  private async pollContainer(containerId: string): Promise<{ status: ContainerStatus | typeof PARKED; message: string | null }> {
    for (;;) {
      const answer = await this.instagram.containerStatus(this.token, containerId);
      if (answer.status !== 'IN_PROGRESS') return answer;
      const polls = this.post.statusPolls;
      if (polls >= MAX_STATUS_POLLS) {
        // The caller puts it back for a later attempt, which polls afresh.
        await this.hold({ statusPolls: 0 });
        return answer;
      }
      const waitMs = Math.min(this.deps.pollMs * 1.25 ** polls, this.deps.pollMs * MAX_BACKOFF);
      if (waitMs >= PARK_AT_MS) {
        await this.park(waitMs, polls + 1);
        return { status: PARKED, message: null };
      }
      await this.hold({ statusPolls: polls + 1 });
      await waitFor(waitMs);
    }
  }

  /**
   * Lets go of the post until its next status poll, so a video that processes for minutes
   * does not hold a publishing slot: the lease runs until then in no worker's name, and
   * whichever worker is free takes the post up as it would after a crash, going on from the
   * recorded containers. Waiting is not an attempt, so the claim's attempt is given back.
   */
  private async park(waitMs: number, polls: number) {
    await parkPost(this.deps, this.post, waitMs, polls);
  }

  /** Polls until the container leaves IN_PROGRESS; anything but FINISHED is dealt with here. */
  private async waitUntilProcessed(): Promise<ContainerStatus | typeof PARKED> {
    const { status, message } = await this.pollContainer(this.post.containerId!);
    if (status === PARKED) return status;
    if (status === 'PUBLISHED') await this.finishFromPublishedContainer();
    else if (status === 'ERROR') await finishFailed(this.deps, this.post, `Instagram could not process the post: ${message ?? 'container ERROR'}`);
    else if (status === 'EXPIRED') {
      // Never published (containers expire unpublished after 24 h): start over with new ones.
      await this.hold({ containerId: null, publishRequestedAt: null, childContainerIds: [] });
      await releaseForRetry(this.deps, this.post, 'the Instagram container expired before publishing', 0);
    } else if (status === 'IN_PROGRESS') {
      await releaseForRetry(this.deps, this.post, 'Instagram is still processing the media', retryDelayMs(this.post.attempts));
    }
    return status;
  }

  private async publish() {
    await this.hold({ publishRequestedAt: new Date() });
    let mediaId: string;
    try {
      ({ mediaId } = await this.instagram.publishContainer(this.token, this.channel.externalAccountId, this.post.containerId!));
    } catch (error) {
      if (!(error instanceof InstagramApiError)) throw error;
      if (error.kind === 'timeout' || error.kind === 'transient') {
        // The request may have reached Instagram: read the outcome, never publish on a guess.
        await this.settleUnknownOutcome(error.message);
        return;
      }
      if (error.kind === 'rate_limit') {
        // A definite refusal: nothing went out, the container can be published later.
        await this.hold({ publishRequestedAt: null });
        await releaseForRetry(this.deps, this.post, `Instagram rate limit: ${error.platformMessage}`, retryDelayMs(this.post.attempts));
        return;
      }
      if (error.kind === 'auth') {
        await this.reconnectNeeded(error);
        return;
      }
      // Permanent: perhaps the container was published already (a lost answer); check first.
      const { status } = await this.instagram.containerStatus(this.token, this.post.containerId!).catch(() => ({ status: null }));
      if (status === 'PUBLISHED') await this.finishFromPublishedContainer();
      else await finishFailed(this.deps, this.post, `Instagram refused to publish: ${error.platformMessage}`);
      return;
    }
    await this.hold({ platformPostId: mediaId });
    const permalink = await this.instagram.permalink(this.token, mediaId).catch(() => null);
    await finishPublished(this.deps, this.post, { platformPostId: mediaId, permalink, publishedAt: new Date() });
  }

  /**
   * Claimed again after publish was requested (a crash, a timeout, a lost lease): the
   * container's state says what happened. Returns true when the post is settled here.
   */
  private async settleEarlierRequest(): Promise<boolean> {
    let status: ContainerStatus;
    try {
      ({ status } = await this.instagram.containerStatus(this.token, this.post.containerId!));
    } catch (error) {
      if (error instanceof InstagramApiError && error.kind === 'auth') {
        await this.reconnectNeeded(error);
        return true;
      }
      if (this.post.attempts >= this.deps.maxAttempts) {
        await finishFailed(this.deps, this.post, `${UNCONFIRMED} (Instagram did not say whether the post went out: ${(error as Error).message})`);
      } else {
        await releaseForRetry(this.deps, this.post, `could not confirm the earlier publish: ${(error as Error).message}`, retryDelayMs(this.post.attempts));
      }
      return true;
    }
    if (status === 'PUBLISHED') {
      await this.finishFromPublishedContainer();
      return true;
    }
    // FINISHED: it did not go out and may be published; IN_PROGRESS: wait as usual;
    // ERROR/EXPIRED: handled by waitUntilProcessed.
    return false;
  }

  private async settleUnknownOutcome(why: string) {
    const { status } = await this.instagram.containerStatus(this.token, this.post.containerId!).catch(() => ({ status: null }));
    if (status === 'PUBLISHED') await this.finishFromPublishedContainer();
    else await finishFailed(this.deps, this.post, `${UNCONFIRMED} (${why})`);
  }

  /** The container went out: find its media for the id and link, and finish either way. */
  private async finishFromPublishedContainer() {
    let mediaId = this.post.platformPostId;
    let permalink: string | null;
    if (!mediaId) {
      const match = await findOwnMedia({ db: this.deps.db, instagram: this.instagram, token: this.token, channel: this.channel, post: this.post });
      mediaId = match?.id ?? null;
      permalink = match?.permalink ?? null;
    } else {
      permalink = await this.instagram.permalink(this.token, mediaId).catch(() => null);
    }
    await finishPublished(this.deps, this.post, { platformPostId: mediaId, permalink, publishedAt: new Date() });
  }

  private async reconnectNeeded(error: InstagramApiError) {
    await markNeedsReconnect(this.deps.db, this.channel.id, error.platformMessage);
    await finishFailed(this.deps, this.post, `the Instagram connection expired or was revoked; reconnect the account (${error.platformMessage})`);
  }

  /** Errors before media_publish was called: nothing went out, so retrying is safe. */
  private async beforePublishFailed(error: unknown) {
    if (!(error instanceof InstagramApiError)) {
      this.deps.logger.error({ err: error, postId: this.post.id }, 'publishing failed unexpectedly');
      if (this.post.publishRequestedAt) await finishFailed(this.deps, this.post, `${UNCONFIRMED} (${(error as Error).message})`);
      else await this.retryOrFail((error as Error).message);
      return;
    }
    if (error.kind === 'auth') await this.reconnectNeeded(error);
    else if (error.kind === 'permanent') await finishFailed(this.deps, this.post, `Instagram refused the post: ${error.platformMessage}`);
    else await this.retryOrFail(error.platformMessage || error.message);
  }

  private async retryOrFail(message: string) {
    if (this.post.attempts >= this.deps.maxAttempts) {
      await finishFailed(this.deps, this.post, `gave up after ${this.post.attempts} attempts: ${message}`);
    } else {
      await releaseForRetry(this.deps, this.post, message, retryDelayMs(this.post.attempts));
    }
  }
}
