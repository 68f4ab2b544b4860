import type { Config } from '../../config.js';
import type { Database } from '../../db/database.js';
import type { ContentItemRow } from '../../db/rows.js';
import { AppError, IllegalTransitionError, invalid, NotFoundError, StaleVersionError } from '../../errors.js';
import type { Actor } from '../shared/actor.js';
import type { ContentFormat, ContentItemStatus, Platform } from '../shared/domain.js';
import type { ItemWriteGuard, PlannedItemWrite } from '../shared/item-write-guard.js';
import { recordItemsUpdated } from './content-item-history.js';
import { lockContentItemsByIds, updateContentItemsByIds, type ContentItemUpdate } from './content-item.repository.js';
import { checkMove, requirementsOf, type ItemFacts } from './status-rules.js';
import { voiceMissing, type VoiceCheck } from '../voice/voice-check.js';
import { recordVoiceOverrides, voiceChecksFor } from '../voice/voice-gate.js';
import { imageMissing, type ImageCheck } from '../look/image-check.js';
import { imageChecksFor, recordImageOverrides } from '../look/image-gate.js';
import { disclosedCaptionsFor } from '../disclosure/disclosure-gate.js';
import type { ModelCheckResults } from './model-checks.js';
import { captionProblems } from './caption-limits.js';
import { canonMissing, continuityChecksFor, recordContinuityOverrides, type ContinuityCheck } from '../canon/continuity-gate.js';
import { mediaNeeds, mediaRefusal, planItemMedia, writeItemMedia, type MediaEntry, type MediaPlan } from './item-media.js';

// The one write path for changes to existing content items: a person's edit or move, a bulk
// move, scheduling, the publisher's outcomes and its Sandbox batches all come through here.
// Inside the caller's transaction it locks the items, checks the version each caller saw and
// the lifecycle rules, lets the guard add its part, writes, and records the timeline and the
// events: one statement per step, whether it is one item or a thousand.

export interface ItemChange {
  itemId: string;
  expectedVersion?: number;
  /** The persona of the plan the item moves to, checked against the item's own. */
  planPersonaId?: string;
  /** Likewise for an asset being attached. */
  assetPersonaId?: string | null;
  values: ContentItemUpdate;
  /** The item's media in order, replacing the list (values.assetId replaces only the first). */
  media?: readonly MediaEntry[];
  to?: ContentItemStatus;
  reason?: string | null;
  /** Why the item goes on although its caption or image is flagged (the identity lock); recorded with the write. */
  overrideReason?: string | null;
}

export interface ItemWriteOptions {
  config: Config;
  actor: Actor;
  /**
   * The caller creates, moves or ends the items' publishing jobs in the same transaction
   * (scheduling, the publisher): a fact for the rules, since an Instagram or Sandbox item is
   * SCHEDULED only with a job.
   */
  withPublishingJob?: boolean;
  /** Another feature's part of a person's write (see ItemWriteGuard). */
  guard?: ItemWriteGuard;
  /** What models said of the captions, asked before the transaction (model-checks.ts); with an API key. */
  modelChecks?: ModelCheckResults;
  /**
   * Leave out items that fail their checks instead of refusing all (the publisher's Sandbox
   * batch hands those to its one-at-a-time path, which records why).
   */
  skipRefused?: boolean;
}

/** The status the change moves the item to; undefined when it keeps its status. */
function moveOf(item: ContentItemRow, change: ItemChange): ContentItemStatus | undefined {
  return change.to && change.to !== item.status ? change.to : undefined;
}

function factsAfter(item: ContentItemRow, change: ItemChange, publishingJob: boolean): ItemFacts {
  const { values } = change;
  return {
    publishingJob,
    caption: (values.caption as string | undefined) ?? item.caption,
    platform: (values.platform as Platform | undefined) ?? item.platform,
    scheduledAt: values.scheduledAt === undefined ? item.scheduledAt : (values.scheduledAt as Date | null),
    publishedAt: values.publishedAt === undefined ? item.publishedAt : (values.publishedAt as Date | null),
    reason: change.reason ?? null,
  };
}

/** What the identity lock's checks flagged, unless the change gives an override reason. */
interface LockChecks {
  voice?: VoiceCheck;
  image?: ImageCheck;
  canon?: ContinuityCheck;
}

function lockNeeds(change: ItemChange, { voice, image, canon }: LockChecks): string[] {
  if (change.overrideReason?.trim()) return [];
  return [...(voice?.flagged ? [voiceMissing(voice)] : []), ...(image?.flagged ? [imageMissing(image)] : []), ...(canon ? canonMissing(canon) : [])];
}

/** The image the item shows after the change: its first media. */
function assetAfter(item: ContentItemRow, plan: MediaPlan | undefined): string | null {
  return plan?.changed ? (plan.after[0]?.assetId ?? null) : item.assetId;
}

/** Whether the change needs the media rules: it touches the media, format, cover or platform, or moves to where they apply. */
function concernsMedia(change: ItemChange): boolean {
  const { values } = change;
  return change.media !== undefined || [values.assetId, values.format, values.coverAssetId, values.platform].some((value) => value !== undefined) || change.to === 'ready' || change.to === 'scheduled';
}

/** The caption limits the disclosure line breaks that the caption alone keeps, said as such. */
function disclosureNeeds(caption: string, disclosed: string | undefined, facts: ItemFacts, limits: { instagramMaxHashtags: number }): string[] {
  if (disclosed === undefined) return [];
  const own = new Set(captionProblems(caption, facts.platform, limits));
  return captionProblems(disclosed, facts.platform, limits)
    .filter((problem) => !own.has(problem))
    .map((problem) => `${problem.replace(/ \(has \d+\)$/, '')} with the persona's disclosure line added (${problem.match(/\(has (\d+)\)$/)?.[1] ?? '?'} with it)`);
}

/** Why the change may not be made to `item`, as the error a caller gets; null when it may. */
function refusal(
  item: ContentItemRow,
  change: ItemChange,
  options: ItemWriteOptions,
  now: Date,
  locks: LockChecks,
  disclosed: string | undefined,
  media: MediaPlan | undefined,
): AppError | null {
  if (change.expectedVersion !== undefined && change.expectedVersion !== item.version) return new StaleVersionError(item.version);
  if (change.planPersonaId && change.planPersonaId !== item.personaId) return invalid('input.planId', "must be one of the persona's plans");
  if (change.assetPersonaId !== undefined && change.assetPersonaId !== item.personaId) {
    return invalid('input.assetId', "must be one of the persona's assets");
  }
  const status = item.status;
  if (status === 'posted') return new IllegalTransitionError('posted', change.to ?? 'posted', ['an item that is not POSTED: POSTED is final']);
  const mediaRefused = mediaRefusal(media);
  if (mediaRefused) return mediaRefused;
  const facts = factsAfter(item, change, options.withPublishingJob ?? false);
  const limits = { instagramMaxHashtags: options.config.INSTAGRAM_MAX_HASHTAGS };
  const to = moveOf(item, change);
  const lockedNeeds = [
    ...disclosureNeeds(facts.caption, disclosed, facts, limits),
    ...lockNeeds(change, locks),
    ...mediaNeeds(media, to ?? status, to !== undefined),
  ];
  if (to) {
    const verdict = checkMove({ from: status, to, actor: options.actor.kind, item: facts, now, limits });
    const missing = [...(verdict.allowed ? [] : verdict.missing), ...lockedNeeds];
    return missing.length ? new IllegalTransitionError(status, to, missing) : null;
  }
  // An edit that keeps the status must still satisfy what that status needs.
  const missing = [...requirementsOf(status, facts, { now, limits, futureSchedule: change.values.scheduledAt !== undefined }), ...lockedNeeds];
  if (!missing.length) return null;
  const field = missing.some((need) => need.startsWith('scheduledAt'))
    ? 'input.scheduledAt'
    : missing.every((need) => need.startsWith('image:'))
      ? 'input.assetId'
      : missing.every((need) => need.startsWith('media:'))
        ? 'input.media'
        : 'input.caption';
  return invalid(field, `a ${status.toUpperCase()} item needs ${missing.join('; ')}; move it back to DRAFT to change that`);
}

/** The columns a change writes besides its own values. */
function valuesOf(item: ContentItemRow, change: ItemChange, actor: Actor, to: ContentItemStatus | undefined, media: MediaPlan | undefined): ContentItemUpdate {
  const given = Object.fromEntries(Object.entries(change.values).filter(([, value]) => value !== undefined));
  return {
    ...given,
    ...(media?.changed && { assetId: assetAfter(item, media) }),
    // A person's edit makes a generated item theirs: regeneration keeps it from now on.
    ...(actor.kind === 'user' && { untouched: false }),
    ...(to && { status: to, failureReason: to === 'failed' ? (change.reason ?? null) : null }),
  };
}

/**
 * Applies the changes inside `trx` and returns the written items in the order of `changes`
 * (leaving out refused ones when skipRefused). A person's changes reach only their own items:
 * anyone else's is NOT_FOUND, as an id that does not exist.
 */
export async function writeItemChanges(trx: Database, changes: readonly ItemChange[], options: ItemWriteOptions): Promise<ContentItemRow[]> {
  if (!changes.length) return [];
  const { actor } = options;
  const ids = [...new Set(changes.map((change) => change.itemId))];
  if (ids.length !== changes.length) throw new Error('writeItemChanges: one change per item');
  const locked = await lockContentItemsByIds(trx, ids, actor.kind === 'user' ? actor.userId : undefined);
  const byId = new Map(locked.map(({ ownerId: ownerId, ...item }) => [item.id, { item, ownerId }]));
  const now = new Date();
  const mediaPlans = await planItemMedia(
    trx,
    changes.flatMap((change) => {
      const found = byId.get(change.itemId);
      if (!found || !concernsMedia(change)) return [];
      const { values } = change;
      return [{
        item: found.item,
        change: {
          media: change.media,
          assetId: values.assetId as string | null | undefined,
          format: values.format as ContentFormat | undefined,
          coverAssetId: values.coverAssetId as string | null | undefined,
          platform: values.platform as Platform | undefined,
        },
      }];
    }),
  );
  const ends = changes.flatMap((change) => {
    const found = byId.get(change.itemId);
    if (!found) return [];
    const status = moveOf(found.item, change) ?? found.item.status;
    const facts = factsAfter(found.item, change, false);
    return [{ item: found.item, status, caption: facts.caption, scheduledAt: facts.scheduledAt, assetId: assetAfter(found.item, mediaPlans.get(change.itemId)) }];
  });
  const [voiceChecks, imageChecks, canonChecks, disclosedCaptions] = await Promise.all([
    voiceChecksFor(trx, ends, actor, options.modelChecks?.meaning),
    imageChecksFor(trx, ends, actor),
    continuityChecksFor(trx, ends, actor, options.modelChecks?.contradictions),
    disclosedCaptionsFor(trx, ends),
  ]);
  const accepted: Array<{ change: ItemChange; item: ContentItemRow; ownerId: string }> = [];
  for (const change of changes) {
    const found = byId.get(change.itemId);
    const refused = found ? refusal(found.item, change, options, now, {
          voice: voiceChecks.get(change.itemId),
          image: imageChecks.get(change.itemId),
          canon: canonChecks.get(change.itemId),
        }, disclosedCaptions.get(change.itemId), mediaPlans.get(change.itemId)) : new NotFoundError('Content item', 'id');
    if (!refused) accepted.push({ change, ...found! });
    else if (!options.skipRefused) throw refused;
  }
  const planned: PlannedItemWrite[] = accepted.map(({ change, item }) => {
    const to = moveOf(item, change);
    return { before: item, to, values: valuesOf(item, change, actor, to, mediaPlans.get(item.id)) };
  });
  if (options.guard) await options.guard(trx, planned);
  const updated = new Map(
    (await updateContentItemsByIds(trx, planned.map(({ before, values }) => ({ id: before.id, values })))).map((row) => [row.id, row]),
  );
  await writeItemMedia(trx, mediaPlans, accepted.map(({ item }) => item.id));
  const written = accepted.map(({ change, item, ownerId }) => ({ before: item, after: updated.get(item.id)!, ownerId, reason: change.reason ?? null }));
  await recordItemsUpdated(trx, written, actor);
  const overridden = accepted.map(({ change }) => ({ item: updated.get(change.itemId)!, overrideReason: change.overrideReason }));
  await recordVoiceOverrides(trx, overridden, voiceChecks, actor);
  await recordImageOverrides(trx, overridden, imageChecks, actor);
  await recordContinuityOverrides(trx, overridden, canonChecks, actor);
  return written.map(({ after }) => after);
}
