import { invalid } from '../../errors.js';
import { publishEvents, type RealtimeEvent } from '../../realtime/events.js';
import { findChannelsByIds, lockChannel } from '../channel/channel.repository.js';
import { requirePersona } from '../persona/persona.service.js';
import { requireViewer, type ServiceContext } from '../shared/service-context.js';
import { waitForChannelCollection } from './analytics-collection.repository.js';
import { deleteSimulatedHistory, findSimulatedHistoryOfPersona, lockSimulatedHistoryOfPersona } from './simulated-history-row.repository.js';
import { alignSimulatedReadings } from './simulated-readings.js';

/**
 * Takes a persona's simulated history out in one transaction: its items with their publishing
 * jobs, timelines, snapshots and latest figures, its feed posts and the account readings it
 * wrote. The Sandbox's own readings stay, computed again without its posts; the persona's real
 * posts and their figures are not touched. Open boards and dashboards hear of it.
 */
export async function removeSimulatedHistory(ctx: ServiceContext, personaId: string, now = new Date()): Promise<{ posts: number }> {
  const viewer = requireViewer(ctx);
  const persona = await requirePersona(ctx, personaId, 'personaId');
  return ctx.db.transaction().execute(async (trx) => {
    const found = await findSimulatedHistoryOfPersona(trx, persona.id);
    if (!found) throw invalid('personaId', 'this persona has no simulated history to remove');
    // The same order as filling (channel, then collection), so the two never deadlock.
    await lockChannel(trx, found.channelIntegrationId);
    await waitForChannelCollection(trx, found.channelIntegrationId);
    const history = await lockSimulatedHistoryOfPersona(trx, persona.id);
    if (!history) throw invalid('personaId', 'this persona has no simulated history to remove');

    const itemIds = await deleteSimulatedHistory(trx, history.id);
    const [channel] = await findChannelsByIds(trx, [history.channelIntegrationId]);
    if (channel) await alignSimulatedReadings(trx, channel);

    const events: RealtimeEvent[] = itemIds.map((itemId) => ({ type: 'item_changed', kind: 'deleted', itemId, personaId: persona.id, userId: viewer.userId }));
    events.push({ type: 'analytics_updated', personaId: persona.id, userId: viewer.userId, itemId: null, capturedAt: now.toISOString() });
    await publishEvents(trx, events);
    return { posts: itemIds.length };
  });
}
