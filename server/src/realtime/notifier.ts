import pg from 'pg';
import type { Logger } from '../logger.js';
import { realtimeEventSchema, type RealtimeEvent } from './events.js';
import { listenForEvents } from './events.repository.js';

export type EventListener = (event: RealtimeEvent) => void;

const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 5_000;

/**
 * One LISTEN connection per process, fanned out to every subscriber in it. The connection
 * comes back by itself after Postgres restarts. Events committed while it was down cannot be
 * replayed, so once it is back every `onResync` listener is told: the socket server then asks
 * its clients to refetch what they show (see RESYNC_CLOSE_CODE).
 */
export class Notifier {
  private client: pg.Client | null = null;
  private readonly listeners = new Set<EventListener>();
  private readonly resyncListeners = new Set<() => void>();
  private readonly lagListeners = new Set<(lagMs: number) => void>();
  private listenedBefore = false;
  private stopped = false;
  private retryMs = RETRY_MIN_MS;
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly connectionString: string,
    private readonly logger: Logger,
  ) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString });
    client.on('notification', (message) => this.dispatch(message.payload));
    client.on('error', (error) => this.logger.warn({ err: error }, 'event listener connection failed'));
    client.on('end', () => this.reconnectLater());
    await client.connect();
    await listenForEvents(client);
    this.client = client;
    this.retryMs = RETRY_MIN_MS;
    if (this.listenedBefore) {
      this.logger.warn({ subscribers: this.listeners.size }, 'event listener reconnected; asking live clients to resynchronise');
      for (const listener of this.resyncListeners) listener();
    }
    this.listenedBefore = true;
  }

  /** Called with each event's delivery lag: from the statement that sent it to its arrival here. */
  onDeliveryLag(listener: (lagMs: number) => void): () => void {
    this.lagListeners.add(listener);
    return () => this.lagListeners.delete(listener);
  }

  /** Called each time the connection comes back after a loss, when events may have been missed. */
  onResync(listener: () => void): () => void {
    this.resyncListeners.add(listener);
    return () => this.resyncListeners.delete(listener);
  }

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retryTimer);
    this.listeners.clear();
    this.resyncListeners.clear();
    this.lagListeners.clear();
    await this.client?.end().catch(() => undefined);
    this.client = null;
  }

  private dispatch(payload: string | undefined) {
    let event: RealtimeEvent;
    let sentAt: unknown;
    try {
      const raw = JSON.parse(payload ?? '') as { sentAt?: unknown };
      sentAt = raw.sentAt;
      event = realtimeEventSchema.parse(raw);
    } catch (error) {
      this.logger.warn({ err: error, payload }, 'ignoring a malformed event');
      return;
    }
    if (typeof sentAt === 'number') for (const listener of this.lagListeners) listener(Date.now() - sentAt);
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.logger.error({ err: error, event }, 'event listener threw');
      }
    }
  }

  private reconnectLater() {
    this.client = null;
    // A failed connection can report both 'error' and 'end'; one retry at a time.
    if (this.stopped || this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.start().catch((error: unknown) => {
        this.logger.warn({ err: error, retryMs: this.retryMs }, 'event listener reconnect failed');
        this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS);
        this.reconnectLater();
      });
    }, this.retryMs);
  }
}
