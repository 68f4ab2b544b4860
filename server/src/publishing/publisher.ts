import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Channels } from '../channels/channels.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import type { ScheduledPostRow } from '../db/rows.js';
import type { Logger } from '../logger.js';
import type { Notifier } from '../realtime/notifier.js';
import type { AssetStorage } from '../storage/asset-storage.js';
import { claimDuePosts, nextWakeTime, renewLeases } from './claims.repository.js';
import type { Connector } from '../connectors/connector.js';
import { BATCH_CONNECTORS, connectorFor, SINGLE_POST_PLATFORMS } from '../connectors/registry.js';
import { finishFailed } from './outcomes.js';
import { inSpan } from '../observability/tracing.js';
import { findChannelById } from './publishing.repository.js';

export interface PublisherDeps {
  db: Database;
  config: Config;
  logger: Logger;
  notifier: Notifier;
  channels: Channels;
  storage: AssetStorage;
}

/** Posts one batch publishes, for connectors that publish in batches (the Sandbox: publish-sandbox-batch.ts). */
const BATCH_SIZE = 100;
/** setTimeout's ceiling; the sweep interval is far below it anyway. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * Publishes posts when they are due. Per-post timing instead of a minute cron: the worker
 * keeps one timer set to the earliest due time, re-armed by post_updated events from any
 * process, so a post starts within milliseconds of its time. Every PUBLISH_SWEEP_SECONDS it
 * looks anyway (the sweep), which also picks up posts whose worker died (expired leases) and
 * anything scheduled while this process was not listening. While it holds posts, a heartbeat
 * renews their short leases three times a lease, so a dead worker's posts are taken over
 * within PUBLISH_LEASE_SECONDS of its death.
 */
export class Publisher {
  readonly owner = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  private readonly running = new Set<Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private heartbeat: NodeJS.Timeout | undefined;
  private wakeAt = Number.POSITIVE_INFINITY;
  private ticking = false;
  private again = false;
  private stopped = false;
  private unsubscribe: (() => void) | undefined;

  constructor(private readonly deps: PublisherDeps) {}

  start(): void {
    this.unsubscribe = this.deps.notifier.subscribe((event) => {
      if (event.type === 'post_updated' && event.dueAt) this.wakeBy(Date.parse(event.dueAt));
    });
    this.wakeBy(Date.now());
    const everyMs = Math.max(200, (this.deps.config.PUBLISH_LEASE_SECONDS * 1000) / 3);
    this.heartbeat = setInterval(() => void this.renew(), everyMs);
  }

  /** Stops claiming, lets running posts finish (their leases cover a hard stop too). */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unsubscribe?.();
    clearTimeout(this.timer);
    await Promise.allSettled([...this.running]);
    clearInterval(this.heartbeat);
  }

  private async renew() {
    if (this.running.size === 0) return;
    try {
      await renewLeases(this.deps.db, this.owner, this.deps.config.PUBLISH_LEASE_SECONDS);
    } catch (error) {
      // A missed beat is survivable: the lease lasts three of them.
      this.deps.logger.warn({ err: error }, 'could not renew publishing leases');
    }
  }

  private wakeBy(at: number) {
    if (this.stopped || at >= this.wakeAt) return;
    clearTimeout(this.timer);
    this.wakeAt = at;
    this.timer = setTimeout(() => void this.tick(), Math.min(Math.max(0, at - Date.now()), MAX_TIMER_MS));
  }

  private async tick(): Promise<void> {
    this.wakeAt = Number.POSITIVE_INFINITY;
    if (this.ticking) {
      this.again = true;
      return;
    }
    this.ticking = true;
    try {
      do {
        this.again = false;
        await this.claimWhatFits();
      } while (this.again && !this.stopped);
      const next = await nextWakeTime(this.deps.db);
      const sweep = Date.now() + this.deps.config.PUBLISH_SWEEP_SECONDS * 1000;
      this.wakeBy(Math.min(next ? next.getTime() : sweep, sweep));
    } catch (error) {
      this.deps.logger.error({ err: error }, 'publisher could not claim posts; trying again shortly');
      this.wakeBy(Date.now() + 1000);
    } finally {
      this.ticking = false;
    }
  }

  private async claimWhatFits() {
    const { config } = this.deps;
    const lease = config.PUBLISH_LEASE_SECONDS;
    for (;;) {
      if (this.stopped || this.running.size >= config.PUBLISH_CONCURRENCY) return;
      // Batch connectors' posts go out in batches (one slot each); the others one per slot.
      let fullBatch = false;
      for (const connector of BATCH_CONNECTORS) {
        const batch = await claimDuePosts(this.deps.db, this.owner, lease, BATCH_SIZE, [connector.platform]);
        if (batch.length) this.track(this.publishBatch(connector, batch));
        fullBatch ||= batch.length === BATCH_SIZE;
      }
      const free = config.PUBLISH_CONCURRENCY - this.running.size;
      const single = free > 0 ? await claimDuePosts(this.deps.db, this.owner, lease, free, SINGLE_POST_PLATFORMS) : [];
      for (const post of single) this.track(this.publish(post));
      if (!fullBatch && (free <= 0 || single.length < free)) return;
    }
  }

  /** A claimed batch of one connector's posts; any the batch leaves out go one at a time. */
  private async publishBatch(connector: Connector, claimed: ScheduledPostRow[]): Promise<void> {
    const { config } = this.deps;
    let published: ScheduledPostRow[] = [];
    try {
      const batch = claimed.filter((post) => post.attempts <= config.PUBLISH_MAX_ATTEMPTS + 2);
      if (batch.length) {
        // Each post is still written through its own claim's lease (checked inside the batch).
        const deps = { ...this.deps, owner: batch[0]!.leaseOwner! };
        published = await inSpan('publish batch', { 'doppelcart.platform': connector.platform, 'doppelcart.posts': batch.length }, () => connector.publishBatch!(deps, batch));
      }
    } catch (error) {
      this.deps.logger.warn({ err: error, posts: claimed.length }, 'batch failed; publishing its posts one at a time');
    }
    const done = new Set(published.map((post) => post.id));
    for (const post of claimed) if (!done.has(post.id)) await this.publish(post);
  }

  private track(work: Promise<void>) {
    this.running.add(work);
    void work.finally(() => {
      this.running.delete(work);
      // A free slot: there may be more due right now.
      this.wakeBy(Date.now());
    });
  }

  private publish(post: ScheduledPostRow): Promise<void> {
    return inSpan('publish', { 'doppelcart.scheduled_post.id': post.id, 'doppelcart.attempt': post.attempts }, () => this.publishClaimed(post));
  }

  private async publishClaimed(post: ScheduledPostRow): Promise<void> {
    const { config } = this.deps;
    // Writes go through this claim's own lease (see claimDuePosts).
    const held = { db: this.deps.db, config, owner: post.leaseOwner! };
    try {
      // A post whose every claim ended with its worker dying would otherwise be retried forever.
      if (post.attempts > config.PUBLISH_MAX_ATTEMPTS + 2) {
        const outcome = post.publishRequestedAt ? 'unconfirmed: check the account' : 'gave up';
        await finishFailed(held, post, `${outcome} (publishing stopped ${post.attempts - 1} times without finishing)`);
        return;
      }
      const channel = await findChannelById(this.deps.db, post.channelIntegrationId);
      if (!channel) throw new Error('the channel of a claimed post is gone');
      const connector = connectorFor(channel.platform);
      if (!connector) {
        await finishFailed(held, post, `DoppelCart cannot publish to ${channel.platform} on this server`);
        return;
      }
      await connector.publish({ ...this.deps, owner: held.owner }, post);
    } catch (error) {
      // The lease runs out and the post is claimed again, resuming from its recorded steps.
      this.deps.logger.error({ err: error, postId: post.id }, 'publishing a post failed unexpectedly; it will be retried when its lease ends');
    }
  }
}
