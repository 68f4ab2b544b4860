import { invalid } from '../../errors.js';
import { publishEvents, type RealtimeEvent } from '../../realtime/events.js';
import { findChannelByAccount, lockChannel } from '../channel/channel.repository.js';
import { requirePersona } from '../persona/persona.service.js';
import { requireViewer, type ServiceContext } from '../shared/service-context.js';
import { waitForChannelCollection, type SnapshotValues } from './analytics-collection.repository.js';
import { accountCheckpoint, engagementRate } from './metrics.js';
import { insertSimulatedHistory, type SimulatedHistorySummary } from './simulated-history-row.repository.js';
import { planSimulatedHistory, simulatedAccountDays } from './simulated-history.js';
import { insertPublishedSandboxPosts, insertSimulatedFigures, personaHasFigures, type PerformanceValues } from './simulated-history.repository.js';
import { simulatedPostMetrics } from './simulated-metrics.js';
import { alignSimulatedReadings, sandboxAccountAt } from './simulated-readings.js';
import { findSandboxPostTimes } from './simulated-readings.repository.js';

/**
 * Fills an empty dashboard: weeks of past posts on the persona's Sandbox channel, with the
 * figures the Sandbox collector would have taken at each checkpoint and day (simulated, and
 * labelled so everywhere). Refused when the persona already has figures of any kind: it never
 * mixes with a real history. Everything it writes points at one simulated_histories row, so
 * working views leave it out and removeSimulatedHistory takes it back. One transaction: all
 * of it or nothing.
 */
export async function simulateSandboxHistory(ctx: ServiceContext, personaId: string, now = new Date()): Promise<SimulatedHistorySummary> {
  const viewer = requireViewer(ctx);
  const persona = await requirePersona(ctx, personaId, 'personaId');
  return ctx.db.transaction().execute(async (trx) => {
    const channel = await findChannelByAccount(trx, persona.id, 'sandbox', `sandbox-${persona.id}`);
    if (!channel || channel.status !== 'active') throw invalid('personaId', 'connect the Sandbox channel first: the simulated history is its posts');
    // Two requests at once: the second waits here, then sees the first one's figures.
    await lockChannel(trx, channel.id);
    await waitForChannelCollection(trx, channel.id);
    if (await personaHasFigures(trx, persona.id)) throw invalid('personaId', 'this persona already has figures; simulated history only fills an empty dashboard');

    const planned = planSimulatedHistory(
      { id: persona.id, timeZone: persona.timeZone, topics: persona.topics, examplePosts: persona.examplePosts },
      now,
    );
    const history = await insertSimulatedHistory(trx, { personaId: persona.id, channelId: channel.id });
    const written = await insertPublishedSandboxPosts(trx, { personaId: persona.id, channelId: channel.id, userId: viewer.userId, historyId: history.id }, planned);
    const base = { personaId: persona.id, channelIntegrationId: channel.id, platform: 'sandbox' as const, simulated: true, unavailable: [] };
    const snapshots: SnapshotValues[] = [];
    const performance: PerformanceValues[] = [];
    for (const { itemId, post } of written) {
      const figures = post.checkpoints.map((checkpoint) => ({
        checkpoint,
        values: simulatedPostMetrics({ itemId, publishedAt: post.publishedAt, capturedAt: checkpoint.capturedAt, timeZone: persona.timeZone, hasImage: false }),
      }));
      for (const { checkpoint, values } of figures) {
        snapshots.push({ ...base, contentItemId: itemId, capturedAt: checkpoint.capturedAt, checkpoint: checkpoint.name, ...values });
      }
      const latest = figures.at(-1);
      if (latest) {
        performance.push({
          personaId: persona.id,
          contentItemId: itemId,
          platform: 'sandbox' as const,
          publishedAt: post.publishedAt,
          capturedAt: latest.checkpoint.capturedAt,
          simulated: true,
          engagementRate: engagementRate(latest.values),
          ...latest.values,
        });
      }
    }
    // Daily account readings as the collector takes them: followers grow with the posts out by
    // then (the channel's own posts too); readings the collector already took are kept and
    // computed again below with the history's posts.
    const first = written[0]?.post.publishedAt;
    const postTimes = await findSandboxPostTimes(trx, channel.id);
    for (const day of first ? simulatedAccountDays(first, now) : []) {
      const account = sandboxAccountAt(channel, day, postTimes);
      snapshots.push({
        ...base,
        simulatedHistoryId: history.id,
        contentItemId: null,
        capturedAt: day,
        checkpoint: accountCheckpoint(day),
        reach: account.reach,
        views: account.views,
        followers: account.followers,
      });
    }
    await insertSimulatedFigures(trx, snapshots, performance);
    await alignSimulatedReadings(trx, channel);
    const events: RealtimeEvent[] = written.map(({ itemId }) => ({ type: 'item_changed', kind: 'created', itemId, personaId: persona.id, userId: viewer.userId }));
    events.push({ type: 'analytics_updated', personaId: persona.id, userId: viewer.userId, itemId: null, capturedAt: now.toISOString() });
    await publishEvents(trx, events);
    return { ...history, posts: written.length };
  });
}
