import type { Agent } from '@atproto/api';
import type { ScheduledPostRow } from '../../db/rows.js';
import { whileHeld } from '../../publishing/claims.repository.js';
import { finishFailed, finishPublished, releaseForRetry, retryDelayMs } from '../../publishing/outcomes.js';
import { postToSend } from '../../publishing/post-to-send.js';
import { markNeedsReconnect } from '../../modules/channel/channel-status.js';
import type { PublishDeps } from '../connector.js';
import { BlueskyError, blueskyAgent, blueskyError } from './bluesky-client.js';
import { blueskyImage, facetsOf, newRecordKey, POST_COLLECTION, postPermalink } from './bluesky-record.js';
import { blueskyAccess, type BlueskyAccess } from './bluesky-tokens.js';

// Publishing to Bluesky in recorded steps (docs/networks/bluesky.md):
//   1. the caption sent and the record key the post will have are recorded;
//   2. the images are uploaded as blobs (content-addressed: uploading one again after a crash
//      gives the same blob, nothing is duplicated);
//   3. publish_requested_at is recorded, then the record is created under that key;
//   4. its URI is recorded and the post marked PUBLISHED with its link.
// Recovery rule: Bluesky's own idempotency. A post claimed again after publishing was
// requested first reads the record under its key: there, it went out; absent, it did not, and
// creating it again is safe, as the server refuses a second record under the same key. Only
// when neither can be read does the post end "unconfirmed: check the account".

const UNCONFIRMED = 'unconfirmed: check the account';

class LeaseLost extends Error {}
/** Bluesky refused the access token (expired by its clock, or revoked): renew the session and go on, or ask for a reconnect. */
class SessionExpired extends Error {}

export async function publishToBluesky(deps: PublishDeps, claimed: ScheduledPostRow): Promise<void> {
  let post = claimed;
  let expired: string | null = null;
  // A second pass only when Bluesky said the session expired: renew it and go on from what was recorded.
  for (const second of [false, true]) {
    let access: BlueskyAccess | null;
    try {
      access = await blueskyAccess(deps, post.channelIntegrationId, expired);
    } catch (error) {
      // The renewal could not be asked (network): nothing was sent, try again later.
      await releaseForRetry(deps, post, blueskyError(error, 'session refresh').message, retryDelayMs(post.attempts));
      return;
    }
    if (!access) {
      await finishFailed(deps, post, 'the Bluesky channel needs reconnecting or was disconnected');
      return;
    }
    const run = new BlueskyRun(deps, access, post);
    try {
      await run.run();
      return;
    } catch (error) {
      if (error instanceof LeaseLost) return void deps.logger.warn({ postId: post.id }, 'lease lost; another worker took the post over');
      if (!(error instanceof SessionExpired)) throw error;
      post = run.current;
      expired = access.accessJwt;
      if (second) await run.reconnectNeeded(new BlueskyError('Bluesky refused the renewed session', 'auth', 'ExpiredToken'));
    }
  }
}

interface RecordedState {
  rkey?: string;
}

class BlueskyRun {
  private readonly agent: Agent;

  constructor(
    private readonly deps: PublishDeps,
    private readonly access: BlueskyAccess,
    private post: ScheduledPostRow,
  ) {
    this.agent = blueskyAgent(access.serviceUrl, access.did, access.accessJwt, deps.config.BLUESKY_TIMEOUT_MS);
  }

  /** The post as last recorded. */
  get current(): ScheduledPostRow {
    return this.post;
  }

  private get rkey(): string | undefined {
    return (this.post.connectorState as RecordedState).rkey;
  }

  async run(): Promise<void> {
    try {
      if (this.post.publishRequestedAt && this.rkey && (await this.settleEarlierRequest())) return;
      const prepared = await this.prepare();
      if (!prepared) return;
      await this.hold({ publishRequestedAt: new Date() });
      try {
        const { data } = await this.agent.com.atproto.repo.createRecord({ repo: this.access.did, collection: POST_COLLECTION, rkey: this.rkey!, record: prepared });
        await this.finish(data.uri);
      } catch (error) {
        if (error instanceof LeaseLost || error instanceof SessionExpired) throw error;
        // Whatever the answer, the record under our key says what happened.
        if (await this.settleEarlierRequest()) return;
        throw error;
      }
    } catch (error) {
      if (error instanceof LeaseLost || error instanceof SessionExpired) throw error;
      await this.failed(blueskyError(error, 'publishing'));
    }
  }

  private async hold(values: Parameters<typeof whileHeld>[4] = {}) {
    const held = await whileHeld(this.deps.db, this.post.id, this.deps.owner, this.deps.config.PUBLISH_LEASE_SECONDS, values);
    if (!held) throw new LeaseLost();
    this.post = held;
  }

  /** The record to create, with its images uploaded; null when the post ended here instead. */
  private async prepare(): Promise<Record<string, unknown> | null> {
    const toSend = await postToSend(this.deps, this.post);
    if (!toSend) return null;
    const { content, media } = toSend;
    // Recorded before anything is sent: the text that goes out, and the key the post will have.
    const text = this.post.captionSent ?? content.caption;
    if (this.post.captionSent === null || !this.rkey) {
      await this.hold({ captionSent: text, connectorState: { ...(this.post.connectorState as object), rkey: this.rkey ?? newRecordKey() } });
    }
    const images = [];
    for (const [index, entry] of media.media.entries()) {
      const stored = await this.deps.storage.get(entry.storageKey);
      if (!stored) {
        await finishFailed(this.deps, this.post, `image ${index + 1} is missing from storage`);
        return null;
      }
      const image = await blueskyImage(stored.bytes, entry.mimeType);
      if ('problem' in image) {
        await finishFailed(this.deps, this.post, `image ${index + 1}: ${image.problem}`);
        return null;
      }
      const { data } = await this.agent.uploadBlob(image.bytes, { encoding: image.mimeType });
      images.push({ image: data.blob, alt: entry.altText ?? '', aspectRatio: { width: image.width, height: image.height } });
    }
    return {
      $type: POST_COLLECTION,
      text,
      facets: await facetsOf(this.agent, text),
      createdAt: new Date().toISOString(),
      ...(images.length && { embed: { $type: 'app.bsky.embed.images', images } }),
    };
  }

  /** Reads the record under the post's key: true when it exists and the post is settled here. */
  private async settleEarlierRequest(): Promise<boolean> {
    try {
      const { data } = await this.agent.com.atproto.repo.getRecord({ repo: this.access.did, collection: POST_COLLECTION, rkey: this.rkey! });
      await this.finish(data.uri);
      return true;
    } catch (error) {
      const failure = blueskyError(error, 'reading the post back');
      if (failure.error === 'RecordNotFound') return false;
      if (failure.kind === 'auth') throw new SessionExpired();
      if (this.post.attempts >= this.deps.config.PUBLISH_MAX_ATTEMPTS) {
        await finishFailed(this.deps, this.post, `${UNCONFIRMED} (Bluesky did not say whether the post went out: ${failure.message})`);
      } else {
        await releaseForRetry(this.deps, this.post, `could not confirm the earlier publish: ${failure.message}`, retryDelayMs(this.post.attempts));
      }
      return true;
    }
  }

  private async finish(uri: string) {
    await this.hold({ platformPostId: uri });
    await finishPublished(this.deps, this.post, { platformPostId: uri, permalink: postPermalink(this.access.handle, this.rkey!), publishedAt: new Date() });
  }

  async reconnectNeeded(error: BlueskyError) {
    await markNeedsReconnect(this.deps.db, this.access.channel.id, error.message);
    await finishFailed(this.deps, this.post, `the Bluesky session ended; reconnect the account (${error.message})`);
  }

  /** Nothing under the post's key: retrying is safe whatever step failed. */
  private async failed(error: BlueskyError) {
    if (error.kind === 'auth') throw new SessionExpired();
    if (error.kind === 'permanent') await finishFailed(this.deps, this.post, `Bluesky refused the post: ${error.message}`);
    else if (this.post.attempts >= this.deps.config.PUBLISH_MAX_ATTEMPTS) await finishFailed(this.deps, this.post, `gave up after ${this.post.attempts} attempts: ${error.message}`);
    else await releaseForRetry(this.deps, this.post, error.message, retryDelayMs(this.post.attempts));
  }
}
