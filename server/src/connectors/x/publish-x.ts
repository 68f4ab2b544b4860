import type { ScheduledPostRow } from '../../db/rows.js';
import { finishFailed, finishPublished } from '../../publishing/outcomes.js';
import { postToSend } from '../../publishing/post-to-send.js';
import type { PublishDeps } from '../connector.js';
import { LeaseLost, recordStep, unlessLeaseLost, type HeldValues } from '../held-post.js';
import { asNetworkError, NetworkError } from '../http/network-error.js';
import { settleFailure, UNCONFIRMED } from '../publish-failure.js';
import { xAccess, type XAccess } from './x-access.js';
import { isDuplicateRefusal, type XPost } from './x-client.js';
import { samePostText } from './x-text.js';

// Publishing to X in recorded steps (docs/networks/x.md):
//   1. the text sent is recorded;
//   2. each image or video is uploaded in chunks, given its alt text and waited for until X
//      has processed it; the media ids are recorded (a retry attaches those, not new uploads);
//   3. publish_requested_at is recorded, then the post is created;
//   4. its id and link are recorded and the post marked PUBLISHED.
// Recovery rule: X has no idempotency key. A post claimed again after publishing was requested
// first looks for the post among the account's posts since the request; found, it is recorded
// as published. Not found, it is created again: X refuses a second post with the same text, so
// the worst case is that refusal, after which it looks once more and, still not finding it,
// ends "unconfirmed: check the account" rather than risk a duplicate.

const PROCESSING_POLLS = 60;
/** How far before the recorded request to look: X's clock and ours may differ a little. */
const LOOK_BACK_MS = 5 * 60_000;

interface RecordedState {
  mediaIds?: string[];
}

export async function publishToX(deps: PublishDeps, post: ScheduledPostRow): Promise<void> {
  const access = await xAccess(deps, post.channelIntegrationId);
  if (!access) {
    await finishFailed(deps, post, 'the X channel needs reconnecting or was disconnected');
    return;
  }
  await unlessLeaseLost(deps, post, () => new XRun(deps, access, post).run());
}

class XRun {
  constructor(
    private readonly deps: PublishDeps,
    private readonly access: XAccess,
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
      const requestedBefore = this.post.publishRequestedAt !== null;
      if (requestedBefore) {
        const found = await this.lookForPost(prepared.text);
        if (found) return await this.published(found);
      } else {
        await this.record({ publishRequestedAt: new Date() });
      }
      let created: XPost;
      try {
        created = await this.access.client.createPost(prepared.text, prepared.mediaIds);
      } catch (error) {
        const failure = asNetworkError(error, 'creating the post');
        if (!(failure.kind === 'permanent' && isDuplicateRefusal(failure.message) && requestedBefore)) throw failure;
        // Refused as a duplicate after an earlier request: that request may well have made it.
        const found = await this.lookForPost(prepared.text);
        if (found) return await this.published(found);
        await finishFailed(this.deps, this.post, `${UNCONFIRMED} (X refused the post as a duplicate of one it already has, which could not be found: ${failure.message})`);
        return;
      }
      await this.record({ platformPostId: created.id });
      await this.published(created);
    } catch (error) {
      if (error instanceof LeaseLost) throw error;
      await this.failed(asNetworkError(error, 'publishing'));
    }
  }

  private async published(post: XPost) {
    await finishPublished(this.deps, this.post, { platformPostId: post.id, permalink: `${this.access.profileUrl}/status/${post.id}`, publishedAt: new Date() });
  }

  private async lookForPost(text: string): Promise<XPost | null> {
    const since = new Date(this.post.publishRequestedAt!.getTime() - LOOK_BACK_MS);
    const posts = await this.access.client.recentPosts(this.access.channel.externalAccountId, since);
    return posts.find((post) => samePostText(post.text, text)) ?? null;
  }

  /** The text and processed media to post; null when the post ended here instead. */
  private async prepare(): Promise<{ text: string; mediaIds: string[] } | null> {
    const toSend = await postToSend(this.deps, this.post);
    if (!toSend) return null;
    const text = this.post.captionSent ?? toSend.content.caption;
    if (this.post.captionSent === null) await this.record({ captionSent: text });
    if (this.state.mediaIds) return { text, mediaIds: this.state.mediaIds };
    const mediaIds: string[] = [];
    for (const [index, entry] of toSend.media.media.entries()) {
      const stored = await this.deps.storage.get(entry.storageKey);
      if (!stored) {
        await finishFailed(this.deps, this.post, `media ${index + 1} is missing from storage`);
        return null;
      }
      mediaIds.push(await this.upload(stored.bytes, entry.mimeType, entry.altText ?? ''));
    }
    await this.record({ connectorState: { ...this.state, mediaIds } });
    return { text, mediaIds };
  }

  private async upload(bytes: Buffer, mimeType: string, altText: string): Promise<string> {
    const client = this.access.client;
    const id = await client.initializeUpload(mimeType, bytes.length);
    await client.appendChunks(id, bytes);
    let processing = await client.finalizeUpload(id);
    for (let poll = 0; processing && processing.state !== 'succeeded'; poll += 1) {
      if (processing.state === 'failed') throw new NetworkError(`X could not process the media: ${processing.error?.message ?? 'no reason given'}`, 'permanent');
      if (poll >= PROCESSING_POLLS) throw new Error(`X was still processing media ${id}`);
      // X says when to ask again; bounded so one slow video does not hold a worker for long.
      await new Promise((resolve) => setTimeout(resolve, Math.min(Math.max(processing!.check_after_secs ?? 1, 1), 10) * 1000));
      await this.record();
      processing = await client.uploadStatus(id);
    }
    if (altText) await client.setAltText(id, altText);
    return id;
  }

  private async failed(error: NetworkError) {
    // X's clock may end a token before ours: renew once (unless another process did) and go again.
    await settleFailure(this.deps, this.post, error, { label: 'X', renew: async () => (await xAccess(this.deps, this.access.channel.id, this.access.accessToken)) !== null });
  }
}
