import type { ScheduledPostRow } from '../../db/rows.js';
import { instagramMediaUrl } from '../../publishing/instagram-container-input.js';
import { finishFailed, finishPublished, releaseForRetry, retryDelayMs } from '../../publishing/outcomes.js';
import { postToSend } from '../../publishing/post-to-send.js';
import type { PublishDeps } from '../connector.js';
import { LeaseLost, parkPost, recordStep, unlessLeaseLost, type HeldValues } from '../held-post.js';
import { asNetworkError, NetworkError } from '../http/network-error.js';
import { settleFailure } from '../publish-failure.js';
import { tikTokAccess, type TikTokAccess } from './tiktok-access.js';

// Publishing to TikTok in recorded steps (docs/networks/tiktok.md):
//   1. the caption sent is recorded;
//   2. for a direct post, what the creator may post is asked (privacy levels); the post is
//      started (init) and its publish_id recorded, with publish_requested_at, before the file
//      goes: a video's upload URL is recorded with it and the file PUT there; photos are pulled
//      by TikTok from their public URLs;
//   3. the publish_id's status is read until TikTok has finished: PUBLISH_COMPLETE (the post's
//      id and link are recorded), SEND_TO_USER_INBOX (inbox mode: the creator finishes it in the
//      app), FAILED (the post fails with TikTok's reason).
// Recovery rule: the publish_id. One publish_id makes at most one post, so a post claimed
// again with one recorded asks its status and never starts another; a video whose upload was
// cut off is sent again to the recorded upload URL while it is valid (an hour).

const UPLOAD_URL_LIFE_MS = 55 * 60_000;
/** Status checks while TikTok processes: 1 s growing to 10 s apart, about 10 minutes in all. */
const MAX_POLLS = 80;
const pollWaitMs = (polls: number) => Math.min(1_000 * 1.5 ** polls, 10_000);

interface RecordedState {
  publishId?: string;
  uploadUrl?: string;
  uploaded?: boolean;
}

export async function publishToTikTok(deps: PublishDeps, post: ScheduledPostRow): Promise<void> {
  const access = await tikTokAccess(deps, post.channelIntegrationId);
  if (!access) {
    await finishFailed(deps, post, 'the TikTok channel needs reconnecting or was disconnected');
    return;
  }
  await unlessLeaseLost(deps, post, () => new TikTokRun(deps, access, post).run());
}

class TikTokRun {
  constructor(
    private readonly deps: PublishDeps,
    private readonly access: TikTokAccess,
    private post: ScheduledPostRow,
  ) {}

  private get state(): RecordedState {
    return this.post.connectorState as RecordedState;
  }

  private async record(values: HeldValues = {}) {
    this.post = await recordStep(this.deps, this.post, values);
  }

  async run(): Promise<void> {
    try {
      if (!(await this.started())) return;
      await this.settle();
    } catch (error) {
      if (error instanceof LeaseLost) throw error;
      await settleFailure(this.deps, this.post, asNetworkError(error, 'publishing'), {
        label: 'TikTok',
        renew: async () => (await tikTokAccess(this.deps, this.access.channel.id, this.access.accessToken)) !== null,
      });
    }
  }

  /** Starts the post unless a publish_id is recorded, and sends a video's file; false when the post ended here. */
  private async started(): Promise<boolean> {
    const toSend = await postToSend(this.deps, this.post);
    if (!toSend) return false;
    const caption = this.post.captionSent ?? toSend.content.caption;
    if (this.post.captionSent === null) await this.record({ captionSent: caption });
    const media = toSend.media.media;
    const video = media.find((entry) => entry.kind === 'video');
    const mode = this.deps.config.TIKTOK_POST_MODE;
    const client = this.access.client;
    if (!this.state.publishId) {
      const postInfo = mode === 'direct' ? await this.postInfo(caption, media.length > 1 || !video) : {};
      if (video) {
        const stored = await this.deps.storage.get(video.storageKey);
        if (!stored) return this.ended('the video is missing from storage');
        const started = await client.initVideo(mode, stored.bytes.length, postInfo);
        await this.record({ connectorState: { publishId: started.publish_id, uploadUrl: started.upload_url }, publishRequestedAt: new Date() });
      } else {
        const urls: string[] = [];
        for (const [index, entry] of media.entries()) {
          const url = await instagramMediaUrl(this.deps.storage, this.deps.channels.publicUrl(), entry);
          if ('problem' in url || !('imageUrl' in url)) return this.ended(`photo ${index + 1}: ${'problem' in url ? url.problem : 'not an image'}`);
          urls.push(url.imageUrl);
        }
        const started = await client.initPhotos(mode, urls, postInfo);
        await this.record({ connectorState: { publishId: started.publish_id, uploaded: true }, publishRequestedAt: new Date() });
      }
    }
    if (video && !this.state.uploaded) {
      if (Date.now() - (this.post.publishRequestedAt?.getTime() ?? 0) > UPLOAD_URL_LIFE_MS) {
        const { status } = await client.status(this.state.publishId!);
        if (status === 'PROCESSING_UPLOAD') return this.ended('the upload to TikTok was cut off and its upload address has expired; schedule the post again');
      } else {
        const stored = await this.deps.storage.get(video.storageKey);
        if (!stored) return this.ended('the video is missing from storage');
        await client.upload(this.state.uploadUrl!, stored.bytes, video.mimeType);
      }
      await this.record({ connectorState: { ...this.state, uploaded: true } });
    }
    return true;
  }

  /** A direct post's settings: the most public privacy the creator allows, and the AI-generated label. */
  private async postInfo(caption: string, photos: boolean): Promise<Record<string, unknown>> {
    const creator = await this.access.client.creatorInfo();
    const privacy = ['PUBLIC_TO_EVERYONE', 'MUTUAL_FOLLOW_FRIENDS', 'FOLLOWER_OF_CREATOR', 'SELF_ONLY'].find((level) => creator.privacy_level_options.includes(level));
    if (!privacy) throw new NetworkError('TikTok offers this creator no privacy level to post with', 'permanent');
    // A synthetic persona's post is AI-generated content, which TikTok asks to be labelled.
    const text = photos ? { title: caption.split('\n')[0]!.slice(0, 90), description: caption } : { title: caption };
    return { ...text, privacy_level: privacy, disable_comment: false, disable_duet: false, disable_stitch: false, is_aigc: true };
  }

  private async ended(reason: string): Promise<false> {
    await finishFailed(this.deps, this.post, reason);
    return false;
  }

  /**
   * Reads the publish_id's status. Still processing, the post is parked until the next check
   * (found by the bench: waiting in the slot held 8 posts at a time for a second each, and 200
   * videos took 27 s to drain).
   */
  private async settle(): Promise<void> {
    const answer = await this.access.client.status(this.state.publishId!);
    if (answer.status === 'FAILED') return void (await finishFailed(this.deps, this.post, `TikTok refused the post: ${answer.fail_reason ?? 'no reason given'}`));
    if (answer.status === 'PUBLISH_COMPLETE') {
      const postId = answer.postIds[0];
      const id = postId ?? this.state.publishId!;
      const handle = this.access.channel.accountName.replace(/^@/, '');
      await this.record({ platformPostId: id });
      return void (await finishPublished(this.deps, this.post, { platformPostId: id, permalink: postId === undefined ? null : `https://www.tiktok.com/@${handle}/video/${id}`, publishedAt: new Date() }));
    }
    if (answer.status === 'SEND_TO_USER_INBOX') {
      // Inbox mode: delivered; the creator adds the caption and posts it in the app.
      await this.record({ platformPostId: this.state.publishId! });
      return void (await finishPublished(this.deps, this.post, { platformPostId: this.state.publishId!, permalink: null, publishedAt: new Date() }));
    }
    const polls = this.post.statusPolls;
    if (polls >= MAX_POLLS) {
      await this.record({ statusPolls: 0 });
      return void (await releaseForRetry(this.deps, this.post, 'TikTok is still processing the post', retryDelayMs(this.post.attempts)));
    }
    await parkPost(this.deps, this.post, pollWaitMs(polls), polls + 1);
  }
}
