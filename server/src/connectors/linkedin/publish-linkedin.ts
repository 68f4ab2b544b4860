import type { ScheduledPostRow } from '../../db/rows.js';
import { finishFailed, finishPublished } from '../../publishing/outcomes.js';
import { postToSend } from '../../publishing/post-to-send.js';
import type { PublishDeps } from '../connector.js';
import { LeaseLost, recordStep, unlessLeaseLost, type HeldValues } from '../held-post.js';
import { asNetworkError, NetworkError } from '../http/network-error.js';
import { settleFailure } from '../publish-failure.js';
import { linkedInAccess, type LinkedInAccess } from './linkedin-access.js';
import { duplicateOf } from './linkedin-client.js';
import { littleText, sameCommentary } from './linkedin-text.js';

// Publishing to LinkedIn in recorded steps (docs/networks/linkedin.md):
//   1. the text sent is recorded;
//   2. each image (or the video, waited for until AVAILABLE) is uploaded; their URNs are
//      recorded (a retry attaches those);
//   3. publish_requested_at is recorded, then the post is created;
//   4. its URN (x-restli-id) and link are recorded and the post marked PUBLISHED.
// Recovery rule: LinkedIn has no idempotency key. A post claimed again after publishing was
// requested first reads the author's latest posts and takes the one with the commentary sent.
// Not found, it is created again; LinkedIn refuses a post identical to one the author has
// (422 "Content is a duplicate of urn:li:share:…"), and after an earlier request that URN is
// this post's: it is recorded as published. No second post can appear.

const VIDEO_POLLS = 60;
const VIDEO_POLL_MS = 2_000;

interface RecordedState {
  mediaUrns?: string[];
}

export async function publishToLinkedIn(deps: PublishDeps, post: ScheduledPostRow): Promise<void> {
  const access = await linkedInAccess(deps, post.channelIntegrationId);
  if (!access) {
    await finishFailed(deps, post, 'the LinkedIn channel needs reconnecting or was disconnected');
    return;
  }
  await unlessLeaseLost(deps, post, () => new LinkedInRun(deps, access, post).run());
}

class LinkedInRun {
  constructor(
    private readonly deps: PublishDeps,
    private readonly access: LinkedInAccess,
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
      const prepared = await this.prepare();
      if (!prepared) return;
      const commentary = littleText(prepared.text);
      const requestedBefore = this.post.publishRequestedAt !== null;
      if (requestedBefore) {
        const found = (await this.access.client.postsBy(this.access.author)).find((post) => sameCommentary(post.commentary, commentary));
        if (found) return await this.published(found.id);
      } else {
        await this.record({ publishRequestedAt: new Date() });
      }
      let urn: string;
      try {
        urn = await this.access.client.createPost({ author: this.access.author, commentary, content: contentOf(prepared.mediaUrns, prepared.altTexts) });
      } catch (error) {
        const failure = asNetworkError(error, 'creating the post');
        const existing = duplicateOf(failure);
        // After an earlier request the duplicate is that request's post; otherwise the author posted this text before.
        if (!existing || !requestedBefore) throw failure;
        urn = existing;
      }
      await this.record({ platformPostId: urn });
      await this.published(urn);
    } catch (error) {
      if (error instanceof LeaseLost) throw error;
      await settleFailure(this.deps, this.post, asNetworkError(error, 'publishing'), {
        label: 'LinkedIn',
        renew: async () => (await linkedInAccess(this.deps, this.access.channel.id, this.access.accessToken)) !== null,
      });
    }
  }

  private async published(urn: string) {
    await finishPublished(this.deps, this.post, { platformPostId: urn, permalink: `https://www.linkedin.com/feed/update/${urn}/`, publishedAt: new Date() });
  }

  /** The text and uploaded media to post; null when the post ended here instead. */
  private async prepare(): Promise<{ text: string; mediaUrns: string[]; altTexts: string[] } | null> {
    const toSend = await postToSend(this.deps, this.post);
    if (!toSend) return null;
    const text = this.post.captionSent ?? toSend.content.caption;
    if (this.post.captionSent === null) await this.record({ captionSent: text });
    const altTexts = toSend.media.media.map((entry) => entry.altText ?? '');
    if (this.state.mediaUrns) return { text, mediaUrns: this.state.mediaUrns, altTexts };
    const mediaUrns: string[] = [];
    for (const [index, entry] of toSend.media.media.entries()) {
      const stored = await this.deps.storage.get(entry.storageKey);
      if (!stored) {
        await finishFailed(this.deps, this.post, `media ${index + 1} is missing from storage`);
        return null;
      }
      mediaUrns.push(entry.mimeType.startsWith('video/') ? await this.video(stored.bytes) : await this.access.client.uploadImage(this.access.author, stored.bytes));
    }
    await this.record({ connectorState: { ...this.state, mediaUrns } });
    return { text, mediaUrns, altTexts };
  }

  private async video(bytes: Buffer): Promise<string> {
    const urn = await this.access.client.uploadVideo(this.access.author, bytes);
    for (let poll = 0; ; poll += 1) {
      const status = await this.access.client.videoStatus(urn);
      if (status === 'AVAILABLE') return urn;
      if (status === 'PROCESSING_FAILED') throw new NetworkError('LinkedIn could not process the video', 'permanent');
      if (poll >= VIDEO_POLLS) throw new Error(`LinkedIn was still processing video ${urn}`);
      await new Promise((resolve) => setTimeout(resolve, VIDEO_POLL_MS));
      await this.record();
    }
  }
}

/** The post's content: nothing, one image or video, or several images (multiImage). */
function contentOf(urns: string[], altTexts: string[]): unknown {
  if (urns.length === 0) return undefined;
  if (urns.length === 1) return { media: { id: urns[0], ...(altTexts[0] && { altText: altTexts[0] }) } };
  return { multiImage: { images: urns.map((id, index) => ({ id, ...(altTexts[index] && { altText: altTexts[index] }) })) } };
}
