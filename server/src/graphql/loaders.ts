import DataLoader from 'dataloader';
import type { Database } from '../db/database.js';
import type { ContentItemRow, ContentPlanRow, GenerationRunRow, PersonaBriefVersionRow } from '../db/rows.js';
import { findAnalyticsByContentItemIds, findAnalyticsByPersonaIds } from '../modules/analytics/analytics.repository.js';
import { findAssetsByIds, findContentItemsByAssetIds } from '../modules/asset/asset.repository.js';
import { findPerformanceByItemIds } from '../modules/analytics/analytics-dashboard.repository.js';
import { findSimulatedHistoriesByPersonaIds } from '../modules/analytics/simulated-history-row.repository.js';
import { findChannelIntegrationsByPersonaIds, findChannelsByIds } from '../modules/channel/channel.repository.js';
import { findPostingSlotsByChannelIds } from '../modules/channel/posting-slot.repository.js';
import { queueWindow } from '../modules/scheduling/queue-time.js';
import { findHeldRunTimes, findScheduledPostsByContentItemIds, findScheduledPostsByIds } from '../modules/scheduling/scheduled-post.repository.js';
import { findCaptionRevisionsByItemIds } from '../modules/content-item/caption-revisions.repository.js';
import {
  findStatusChangesByIds,
  findStatusChangesByItemIds,
} from '../modules/content-item/status-history.repository.js';
import {
  countContentItemsByStatus,
  countUntouchedItemsByPlanIds,
  findContentItemsByIds,
  findContentItemsByPlanIds,
  findMediaWithAssetsOfItems,
  findOutdatedItemsByPersonaIds,
  findRecentContentItemsByPersonaIds,
} from '../modules/content-item/content-item.repository.js';
import { findContentPlansByIds, findContentPlansByPersonaIds } from '../modules/content-plan/content-plan.repository.js';
import type { ContentItemStatus } from '../modules/shared/domain.js';
import {
  findGenerationRunsByIds,
  findGenerationRunsByPersonaIds,
  findGenerationRunsOfItems,
  sumGenerationUsageByPersonaIds,
} from '../modules/generation/generation.repository.js';
import { findBriefVersionsByPersonaIds } from '../modules/persona/brief-versions.repository.js';
import { personaVoices, type PersonaVoice } from '../modules/voice/voice-check.js';
import { findOverridesByItemIds } from '../modules/voice/voice.repository.js';
import { personaLooks, type PersonaLook } from '../modules/look/image-check.js';
import { findReferenceImagesByPersonaIds } from '../modules/look/look.repository.js';
import { findArcsByPersonaIds, findBeatsByArcIds, findBeatsByIds, findFactsByIds, findFactsByPersonaIds } from '../modules/canon/canon.repository.js';
import { findPersonasByIds } from '../modules/persona/persona.repository.js';
import { findProfilesByUserIds } from '../modules/profile/profile.repository.js';

// Per-request batching: a relation field costs one statement per request, whatever the
// number of parents. Loaders only follow relations from rows the viewer already owns.

export type StatusCounts = Record<ContentItemStatus, number> & { total: number };

function byKey<Row, Key>(keys: readonly Key[], rows: Row[], keyOf: (row: Row) => Key): (Row | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

function groupedByKey<Row, Key>(keys: readonly Key[], rows: Row[], keyOf: (row: Row) => Key): Row[][] {
  const map = new Map<Key, Row[]>(keys.map((key) => [key, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((key) => map.get(key) ?? []);
}

/** One loader per distinct value of an argument that is part of the statement (`first`, ...). */
function perArgument<Argument, Loader>(create: (argument: Argument) => Loader) {
  const loaders = new Map<Argument, Loader>();
  return (argument: Argument) => {
    let loader = loaders.get(argument);
    if (!loader) loaders.set(argument, (loader = create(argument)));
    return loader;
  };
}
const perLimit = <Value>(create: (limit: number) => DataLoader<string, Value>) => perArgument(create);

/** Item counts per status, with or without the items of simulated histories. */
function statusCounts(db: Database, column: 'personaId' | 'planId') {
  return perArgument((includeSimulated: boolean) => new DataLoader<string, StatusCounts>(async (ids) => {
    const rows = await countContentItemsByStatus(db, column, ids, includeSimulated);
    return ids.map((id) => {
      const counts: StatusCounts = { idea: 0, draft: 0, ready: 0, scheduled: 0, posted: 0, failed: 0, total: 0 };
      for (const row of rows) {
        if (row.ownerId !== id) continue;
        counts[row.status as ContentItemStatus] = row.count;
        counts.total += row.count;
      }
      return counts;
    });
  }));
}

export function createLoaders(db: Database) {
  return {
    personaById: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await findPersonasByIds(db, ids), (row) => row.id),
    ),
    profileByUserId: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await findProfilesByUserIds(db, ids), (row) => row.userId),
    ),
    contentItemById: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await findContentItemsByIds(db, ids), (row) => row.id),
    ),
    statusHistoryByItemId: new DataLoader(async (ids: readonly string[]) =>
      groupedByKey(ids, await findStatusChangesByItemIds(db, ids), (row) => row.contentItemId),
    ),
    statusChangeById: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await findStatusChangesByIds(db, ids), (row) => String(row.id)),
    ),
    captionHistoryByItemId: perLimit(
      (limit) =>
        new DataLoader(async (ids: readonly string[]) =>
          groupedByKey(ids, await findCaptionRevisionsByItemIds(db, ids, limit), (row) => row.contentItemId),
        ),
    ),
    generationRunById: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await findGenerationRunsByIds(db, ids), (row) => row.id),
    ),
    generationRunsByPersonaId: perLimit(
      (limit) =>
        new DataLoader(async (ids: readonly string[]) =>
          groupedByKey(ids, await findGenerationRunsByPersonaIds(db, ids, limit), (row) => row.personaId),
        ),
    ),
    generationUsageByPersonaId: new DataLoader(async (ids: readonly string[]) => {
      const rows = await sumGenerationUsageByPersonaIds(db, ids);
      return ids.map((id) => {
        const row = rows.find((candidate) => candidate.personaId === id);
        return { runs: row?.runs ?? 0, inputTokens: row?.inputTokens ?? 0, outputTokens: row?.outputTokens ?? 0 };
      });
    }),
    contentPlanById: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await findContentPlansByIds(db, ids), (row) => row.id),
    ),
    assetById: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await findAssetsByIds(db, ids), (row) => row.id),
    ),
    mediaByItemId: new DataLoader(async (ids: readonly string[]) =>
      groupedByKey(ids, await findMediaWithAssetsOfItems(db, ids), (row) => row.contentItemId),
    ),
    itemsByAssetId: new DataLoader(async (ids: readonly string[]) =>
      groupedByKey(ids, await findContentItemsByAssetIds(db, ids), (row) => row.usedAssetId!),
    ),
    itemCountsByPersonaId: statusCounts(db, 'personaId'),
    itemCountsByPlanId: statusCounts(db, 'planId'),
    untouchedIdeasByPlanId: new DataLoader(async (ids: readonly string[]) => {
      const counts = new Map((await countUntouchedItemsByPlanIds(db, ids)).map((row) => [row.planId, row.count]));
      return ids.map((id) => counts.get(id) ?? 0);
    }),
    contentPlansByPersonaId: perLimit(
      (limit) =>
        new DataLoader<string, ContentPlanRow[]>(async (ids) =>
          groupedByKey(ids, await findContentPlansByPersonaIds(db, ids, limit), (row) => row.personaId),
        ),
    ),
    recentItemsByPersonaId: perArgument((includeSimulated: boolean) =>
      perLimit(
        (limit) =>
          new DataLoader<string, ContentItemRow[]>(async (ids) =>
            groupedByKey(ids, await findRecentContentItemsByPersonaIds(db, ids, limit, includeSimulated), (row) => row.personaId),
          ),
      ),
    ),
    outdatedItemsByPersonaId: perLimit(
      (limit) =>
        new DataLoader<string, ContentItemRow[]>(async (ids) =>
          groupedByKey(ids, await findOutdatedItemsByPersonaIds(db, ids, limit), (row) => row.personaId),
        ),
    ),
    generationRunsOfItem: new DataLoader<ContentItemRow, GenerationRunRow[], string>(
      async (items) => {
        const runs = await findGenerationRunsOfItems(db, items);
        return items.map((item) => runs.filter((run) => run.contentItemId === item.id || run.id === item.generationRunId));
      },
      { cacheKeyFn: (item) => item.id },
    ),
    personaVoiceById: new DataLoader<string, PersonaVoice | null>(async (ids) => {
      const voices = await personaVoices(db, ids);
      return ids.map((id) => voices.get(id) ?? null);
    }),
    personaLookById: new DataLoader<string, PersonaLook | null>(async (ids) => {
      const looks = await personaLooks(db, ids);
      return ids.map((id) => looks.get(id) ?? null);
    }),
    referenceImagesByPersonaId: new DataLoader(async (ids: readonly string[]) =>
      groupedByKey(ids, await findReferenceImagesByPersonaIds(db, ids), (row) => row.referencePersonaId),
    ),
    canonFactsByPersonaId: new DataLoader(async (ids: readonly string[]) =>
      groupedByKey(ids, await findFactsByPersonaIds(db, ids), (row) => row.personaId),
    ),
    canonFactById: new DataLoader(async (ids: readonly string[]) => byKey(ids, await findFactsByIds(db, ids), (row) => row.id)),
    storyArcsByPersonaId: new DataLoader(async (ids: readonly string[]) =>
      groupedByKey(ids, await findArcsByPersonaIds(db, ids), (row) => row.personaId),
    ),
    beatsByArcId: new DataLoader(async (ids: readonly string[]) => groupedByKey(ids, await findBeatsByArcIds(db, ids), (row) => row.arcId)),
    arcBeatById: new DataLoader(async (ids: readonly string[]) => byKey(ids, await findBeatsByIds(db, ids), (row) => row.id)),
    overridesByItemId: new DataLoader(async (ids: readonly string[]) =>
      groupedByKey(ids, await findOverridesByItemIds(db, ids), (row) => row.contentItemId),
    ),
    briefVersionsByPersonaId: perLimit(
      (limit) =>
        new DataLoader<string, PersonaBriefVersionRow[]>(async (ids) =>
          groupedByKey(ids, await findBriefVersionsByPersonaIds(db, ids, limit), (row) => row.personaId),
        ),
    ),
    itemsByPlanId: perLimit(
      (limit) =>
        new DataLoader<string, ContentItemRow[]>(async (ids) =>
          groupedByKey(ids, await findContentItemsByPlanIds(db, ids, limit), (row) => row.planId!),
        ),
    ),
    channelIntegrationsByPersonaId: new DataLoader(async (ids: readonly string[]) =>
      groupedByKey(ids, await findChannelIntegrationsByPersonaIds(db, ids), (row) => row.personaId),
    ),
    channelById: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await findChannelsByIds(db, ids), (row) => row.id),
    ),
    postingSlotsByChannelId: new DataLoader(async (ids: readonly string[]) =>
      groupedByKey(ids, await findPostingSlotsByChannelIds(db, ids), (row) => row.channelIntegrationId),
    ),
    /** The times the channel's posts hold over the queue's window, as of this request. */
    heldRunTimesByChannelId: new DataLoader(async (ids: readonly string[]) => {
      const { from, to } = queueWindow(new Date());
      const rows = groupedByKey(ids, await findHeldRunTimes(db, ids, from, to), (row) => row.channelIntegrationId);
      return rows.map((held) => held.map((row) => row.runAt));
    }),
    scheduledPostById: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await findScheduledPostsByIds(db, ids), (row) => row.id),
    ),
    scheduledPostsByItemId: new DataLoader(async (ids: readonly string[]) =>
      groupedByKey(ids, await findScheduledPostsByContentItemIds(db, ids), (row) => row.contentItemId),
    ),
    simulatedHistoryByPersonaId: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await findSimulatedHistoriesByPersonaIds(db, ids), (row) => row.personaId),
    ),
    performanceByItemId: new DataLoader(async (ids: readonly string[]) =>
      byKey(ids, await findPerformanceByItemIds(db, ids), (row) => row.contentItemId),
    ),
    analyticsByItemId: new DataLoader(async (ids: readonly string[]) =>
      groupedByKey(ids, await findAnalyticsByContentItemIds(db, ids), (row) => row.contentItemId!),
    ),
    analyticsByPersonaId: perLimit(
      (limit) =>
        new DataLoader(async (ids: readonly string[]) =>
          groupedByKey(ids, await findAnalyticsByPersonaIds(db, ids, limit), (row) => row.personaId),
        ),
    ),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
