import type { ScheduledPostRow } from '../../db/rows.js';
import { finishFailed, finishPublished } from '../../publishing/outcomes.js';
import { postToSend } from '../../publishing/post-to-send.js';
import type { PublishDeps } from '../connector.js';
import { LeaseLost, recordStep, unlessLeaseLost, type HeldValues } from '../held-post.js';
import { asNetworkError, NetworkError } from '../http/network-error.js';
import { settleFailure, UNCONFIRMED } from '../publish-failure.js';
import { youTubeAccess, type YouTubeAccess } from './youtube-access.js';
import type { YouTubeVideo } from './youtube-client.js';
import { videoMetadata } from './youtube-metadata.js';

// Publishing to YouTube in recorded steps (docs/networks/youtube.md):
//   1. the description sent is recorded;
//   2. a resumable upload session is opened with the video's title, description, tags and
//      status (public, synthetic media declared); its address is recorded, and
//      publish_requested_at with it, before any byte is sent;
//   3. the bytes go up in chunks; the last answer is the video, whose id and link are recorded
//      and the post marked PUBLISHED.
// Recovery rule: the upload session. A post claimed again with a session recorded asks the
// session how far it got: a finished upload answers with the video (recorded, never uploaded
// again), an unfinished one with the bytes it has, and the upload goes on from there. A session
// YouTube no longer knows (they last a week) cannot say whether the video was made: the post
// ends "unconfirmed: check the account".

interface RecordedState {
  sessionUrl?: string;
  size?: number;
}

export async function publishToYouTube(deps: PublishDeps, post: ScheduledPostRow): Promise<void> {
  const access = await youTubeAccess(deps, post.channelIntegrationId);
  if (!access) {
    await finishFailed(deps, post, 'the YouTube channel needs reconnecting or was disconnected');
    return;
  }
  await unlessLeaseLost(deps, post, () => new YouTubeRun(deps, access, post).run());
}

class YouTubeRun {
  constructor(
    private readonly deps: PublishDeps,
    private readonly access: YouTubeAccess,
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
      const toSend = await postToSend(this.deps, this.post);
      if (!toSend) return;
      const entry = toSend.media.media[0];
      if (!entry || entry.kind !== 'video') {
        await finishFailed(this.deps, this.post, 'YouTube takes a video: the item has none');
        return;
      }
      const stored = await this.deps.storage.get(entry.storageKey);
      if (!stored) {
        await finishFailed(this.deps, this.post, 'the video is missing from storage');
        return;
      }
      const description = this.post.captionSent ?? toSend.content.caption;
      if (this.post.captionSent === null) await this.record({ captionSent: description });
      const client = this.access.client;
      let from = 0;
      if (this.state.sessionUrl) {
        let where;
        try {
          where = await client.uploadState(this.state.sessionUrl, stored.bytes.length);
        } catch (error) {
          if (error instanceof NetworkError && (error.status === 404 || error.status === 410)) {
            await finishFailed(this.deps, this.post, `${UNCONFIRMED} (YouTube no longer knows the upload session, so whether the video was made cannot be told)`);
            return;
          }
          throw error;
        }
        if (where.done) return await this.published(where.video, toSend.media.format);
        from = where.received;
      } else {
        const sessionUrl = await client.startUpload(videoMetadata(toSend.content.title, description), stored.bytes.length, entry.mimeType);
        await this.record({ connectorState: { ...this.state, sessionUrl, size: stored.bytes.length }, publishRequestedAt: new Date() });
      }
      const video = await client.upload(this.state.sessionUrl!, stored.bytes, from);
      await this.published(video, toSend.media.format);
    } catch (error) {
      if (error instanceof LeaseLost) throw error;
      await settleFailure(this.deps, this.post, asNetworkError(error, 'publishing'), {
        label: 'YouTube',
        renew: async () => (await youTubeAccess(this.deps, this.access.channel.id, this.access.accessToken)) !== null,
      });
    }
  }

  private async published(video: YouTubeVideo, format: string) {
    await this.record({ platformPostId: video.id });
    const permalink = format === 'reel' ? `https://www.youtube.com/shorts/${video.id}` : `https://www.youtube.com/watch?v=${video.id}`;
    await finishPublished(this.deps, this.post, { platformPostId: video.id, permalink, publishedAt: new Date() });
  }
}
