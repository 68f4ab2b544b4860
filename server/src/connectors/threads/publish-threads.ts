import type { ScheduledPostRow } from '../../db/rows.js';
import { instagramMediaUrl } from '../../publishing/instagram-container-input.js';
import { finishFailed, finishPublished, releaseForRetry, retryDelayMs } from '../../publishing/outcomes.js';
import { postToSend } from '../../publishing/post-to-send.js';
import type { PublishDeps } from '../connector.js';
import { LeaseLost, recordStep, unlessLeaseLost, type HeldValues } from '../held-post.js';
import { asNetworkError } from '../http/network-error.js';
import { settleFailure, UNCONFIRMED } from '../publish-failure.js';
import { threadsAccess, type ThreadsAccess } from './threads-access.js';
import type { ContainerInput } from './threads-client.js';

// Publishing to Threads in recorded steps (docs/networks/threads.md):
//   1. the text sent is recorded;
//   2. the media container is made from the media's public URLs (for a carousel, one item
//      container per slide first, their ids recorded, then the carousel container); its id is
//      recorded, and it is waited for until FINISHED;
//   3. publish_requested_at is recorded, then the container is published;
//   4. the post's id and link are recorded and the post marked PUBLISHED.
// Recovery rule: a container is published once. A post claimed again after publishing was
// requested asks its container: FINISHED (never published) is published now, which cannot
// make a second post; PUBLISHED is looked for among the account's posts since the request to
// record its id; EXPIRED (a day unpublished) starts again with new containers.

const POLLS = 30;
const POLL_MS = 1_000;
const LOOK_BACK_MS = 5 * 60_000;

interface RecordedState {
  childIds?: string[];
  containerId?: string;
}

export async function publishToThreads(deps: PublishDeps, post: ScheduledPostRow): Promise<void> {
  const access = await threadsAccess(deps, post.channelIntegrationId);
  if (!access) {
    await finishFailed(deps, post, 'the Threads channel needs reconnecting or was disconnected');
    return;
  }
  await unlessLeaseLost(deps, post, () => new ThreadsRun(deps, access, post).run());
}

class ThreadsRun {
  constructor(
    private readonly deps: PublishDeps,
    private readonly access: ThreadsAccess,
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
      const text = await this.containerMade();
      if (text === null) return;
      const containerId = this.state.containerId!;
      const status = await this.settled(containerId);
      if (status === 'PUBLISHED') return await this.foundPublished(text);
      if (status === 'EXPIRED') {
        await this.record({ connectorState: {} });
        await releaseForRetry(this.deps, this.post, 'the Threads container expired before it was published; making it again', 0);
        return;
      }
      if (status !== 'FINISHED') return;
      if (!this.post.publishRequestedAt) await this.record({ publishRequestedAt: new Date() });
      const id = await this.access.client.publish(this.access.userId, containerId);
      await this.record({ platformPostId: id });
      await this.published(id);
    } catch (error) {
      if (error instanceof LeaseLost) throw error;
      await settleFailure(this.deps, this.post, asNetworkError(error, 'publishing'), {
        label: 'Threads',
        renew: async () => (await threadsAccess(this.deps, this.access.channel.id, this.access.accessToken)) !== null,
      });
    }
  }

  private async published(id: string) {
    const permalink = (await this.access.client.post(id)).permalink ?? null;
    await finishPublished(this.deps, this.post, { platformPostId: id, permalink, publishedAt: new Date() });
  }

  /** The container was published by an earlier attempt whose answer was lost: find its post. */
  private async foundPublished(text: string) {
    const since = new Date((this.post.publishRequestedAt ?? new Date()).getTime() - LOOK_BACK_MS);
    const found = (await this.access.client.postsSince(this.access.userId, since)).find((post) => (post.text ?? '') === text);
    if (!found) {
      await finishFailed(this.deps, this.post, `${UNCONFIRMED} (Threads says the post was published, but it is not among the account's latest posts)`);
      return;
    }
    await this.record({ platformPostId: found.id });
    await finishPublished(this.deps, this.post, { platformPostId: found.id, permalink: found.permalink ?? null, publishedAt: new Date() });
  }

  /** Makes the container unless one is recorded; the text sent, or null when the post ended here. */
  private async containerMade(): Promise<string | null> {
    const toSend = await postToSend(this.deps, this.post);
    if (!toSend) return null;
    const text = this.post.captionSent ?? toSend.content.caption;
    if (this.post.captionSent === null) await this.record({ captionSent: text });
    if (this.state.containerId) return text;
    const client = this.access.client;
    const inputs: ContainerInput[] = [];
    for (const [index, entry] of toSend.media.media.entries()) {
      const url = await instagramMediaUrl(this.deps.storage, this.deps.channels.publicUrl(), entry);
      if ('problem' in url) {
        await finishFailed(this.deps, this.post, `media ${index + 1}: ${url.problem}`);
        return null;
      }
      inputs.push({ mediaType: 'videoUrl' in url ? 'VIDEO' : 'IMAGE', ...url, altText: entry.altText ?? undefined });
    }
    if (inputs.length <= 1) {
      const input: ContainerInput = inputs[0] ? { ...inputs[0], text } : { mediaType: 'TEXT', text };
      await this.record({ connectorState: { containerId: await client.createContainer(this.access.userId, input) } });
      return text;
    }
    let childIds = this.state.childIds;
    if (!childIds) {
      childIds = [];
      for (const input of inputs) childIds.push(await client.createContainer(this.access.userId, { ...input, isCarouselItem: true }));
      await this.record({ connectorState: { childIds } });
    }
    for (const childId of childIds) {
      const status = await this.settled(childId);
      if (status === 'EXPIRED') {
        await this.record({ connectorState: {} });
        await releaseForRetry(this.deps, this.post, 'a Threads carousel item expired before the carousel was made; making them again', 0);
        return null;
      }
      if (status !== 'FINISHED') return null;
    }
    const containerId = await client.createContainer(this.access.userId, { mediaType: 'CAROUSEL', children: childIds, text });
    await this.record({ connectorState: { childIds, containerId } });
    return text;
  }

  /**
   * Waits (a little) for a container to leave IN_PROGRESS. ERROR ends the post; still in
   * progress after the wait puts it back for later, and the caller stops.
   */
  private async settled(id: string) {
    for (let poll = 0; ; poll += 1) {
      const { status, error_message: message } = await this.access.client.container(id);
      if (status === 'ERROR') {
        await finishFailed(this.deps, this.post, `Threads could not process the media: ${message ?? 'no reason given'}`);
        return status;
      }
      if (status !== 'IN_PROGRESS') return status;
      if (poll >= POLLS) {
        await releaseForRetry(this.deps, this.post, 'Threads is still processing the media', retryDelayMs(this.post.attempts));
        return status;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      await this.record();
    }
  }
}
