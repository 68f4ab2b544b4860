import { randomUUID } from 'node:crypto';
import type { ScheduledPostRow } from '../../db/rows.js';
import { markNeedsReconnect } from '../../modules/channel/channel-status.js';
import { whileHeld } from '../../publishing/claims.repository.js';
import { finishFailed, finishPublished, releaseForRetry, retryDelayMs } from '../../publishing/outcomes.js';
import { postToSend } from '../../publishing/post-to-send.js';
import type { PublishDeps } from '../connector.js';
import { mastodonError, type MastodonClient, type MastodonError } from './mastodon-client.js';
import { mastodonAccess, type MastodonAccess } from './mastodon-tokens.js';

// Publishing to Mastodon in recorded steps (docs/networks/mastodon.md):
//   1. the caption sent and an idempotency key are recorded;
//   2. the media are uploaded with their alt text and waited for until processed; their ids
//      are recorded (a retry attaches those instead of uploading again);
//   3. publish_requested_at is recorded, then the status is created with the idempotency key;
//   4. its id and link are recorded and the post marked PUBLISHED.
// Recovery rule: Mastodon's idempotency keys. A post claimed again after publishing was
// requested creates the status again with the same key, and the instance answers with the
// status it already made rather than a second one. It keeps keys for an hour: a request older
// than that cannot be repeated safely, and the post ends "unconfirmed: check the account".

const KEY_LIFE_MS = 55 * 60_000;
const UNCONFIRMED = 'unconfirmed: check the account';
/** Processing a video takes a while; an image is usually ready at once. */
const PROCESSING_POLL_MS = 1_000;
const PROCESSING_POLLS = 120;

class LeaseLost extends Error {}

interface RecordedState {
  idempotencyKey?: string;
  mediaIds?: string[];
}

export async function publishToMastodon(deps: PublishDeps, post: ScheduledPostRow): Promise<void> {
  const access = await mastodonAccess(deps, post.channelIntegrationId);
  if (!access) {
    await finishFailed(deps, post, 'the Mastodon channel needs reconnecting or was disconnected');
    return;
  }
  try {
    await new MastodonRun(deps, access, post).run();
  } catch (error) {
    if (error instanceof LeaseLost) deps.logger.warn({ postId: post.id }, 'lease lost; another worker took the post over');
    else throw error;
  }
}

class MastodonRun {
  private readonly client: MastodonClient;

  constructor(
    private readonly deps: PublishDeps,
    private readonly access: MastodonAccess,
    private post: ScheduledPostRow,
  ) {
    this.client = access.client;
  }

  private get state(): RecordedState {
    return this.post.connectorState as RecordedState;
  }

  async run(): Promise<void> {
    try {
      const requested = this.post.publishRequestedAt;
      if (requested && Date.now() - requested.getTime() > KEY_LIFE_MS) {
        await finishFailed(this.deps, this.post, `${UNCONFIRMED} (publishing was asked more than an hour ago, longer than Mastodon keeps the key that prevents a second post)`);
        return;
      }
      const prepared = await this.prepare();
      if (!prepared) return;
      if (!requested) await this.hold({ publishRequestedAt: new Date() });
      const status = await this.client.createStatus(prepared.text, prepared.mediaIds, this.state.idempotencyKey!);
      await this.hold({ platformPostId: status.id });
      await finishPublished(this.deps, this.post, { platformPostId: status.id, permalink: status.url ?? `${this.access.profileUrl}/${status.id}`, publishedAt: new Date() });
    } catch (error) {
      if (error instanceof LeaseLost) throw error;
      await this.failed(mastodonError(error, 'publishing'));
    }
  }

  private async hold(values: Parameters<typeof whileHeld>[4] = {}) {
    const held = await whileHeld(this.deps.db, this.post.id, this.deps.owner, this.deps.config.PUBLISH_LEASE_SECONDS, values);
    if (!held) throw new LeaseLost();
    this.post = held;
  }

  /** The text and processed media to post; null when the post ended here instead. */
  private async prepare(): Promise<{ text: string; mediaIds: string[] } | null> {
    const toSend = await postToSend(this.deps, this.post);
    if (!toSend) return null;
    const { content, media } = toSend;
    // Recorded before anything is sent: the text that goes out and the key that makes a repeat safe.
    const text = this.post.captionSent ?? content.caption;
    if (this.post.captionSent === null || !this.state.idempotencyKey) {
      await this.hold({ captionSent: text, connectorState: { ...this.state, idempotencyKey: this.state.idempotencyKey ?? randomUUID() } });
    }
    if (this.state.mediaIds) return { text, mediaIds: this.state.mediaIds };
    const mediaIds: string[] = [];
    for (const [index, entry] of media.media.entries()) {
      const stored = await this.deps.storage.get(entry.storageKey);
      if (!stored) {
        await finishFailed(this.deps, this.post, `media ${index + 1} is missing from storage`);
        return null;
      }
      const uploaded = await this.client.uploadMedia(stored.bytes, entry.mimeType, entry.altText ?? '');
      mediaIds.push(await this.processed(uploaded.id, uploaded.url));
    }
    await this.hold({ connectorState: { ...this.state, mediaIds } });
    return { text, mediaIds };
  }

  /** Waits until the instance has processed the upload (a status cannot take it before). */
  private async processed(id: string, url: string | null): Promise<string> {
    for (let poll = 0; url === null; poll += 1) {
      if (poll >= PROCESSING_POLLS) throw new Error(`Mastodon was still processing media ${id}`);
      await new Promise((resolve) => setTimeout(resolve, PROCESSING_POLL_MS));
      await this.hold();
      url = (await this.client.media(id)).url;
    }
    return id;
  }

  private async failed(error: MastodonError) {
    if (error.kind === 'auth') {
      await markNeedsReconnect(this.deps.db, this.access.channel.id, `Mastodon no longer accepts the access token (${error.message}); connect the account again`);
      await finishFailed(this.deps, this.post, `the Mastodon access token was refused; reconnect the account (${error.message})`);
    } else if (error.kind === 'permanent') {
      await finishFailed(this.deps, this.post, `Mastodon refused the post: ${error.message}`);
    } else if (this.post.attempts >= this.deps.config.PUBLISH_MAX_ATTEMPTS) {
      const outcome = this.post.publishRequestedAt ? UNCONFIRMED : 'gave up';
      await finishFailed(this.deps, this.post, `${outcome} after ${this.post.attempts} attempts: ${error.message}`);
    } else {
      // Safe to try again from what was recorded: the same key, the same media.
      await releaseForRetry(this.deps, this.post, error.message, retryDelayMs(this.post.attempts));
    }
  }
}
