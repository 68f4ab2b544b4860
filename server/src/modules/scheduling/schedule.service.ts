import { z } from 'zod';
import { InstagramApiError } from '../../channels/instagram/instagram-client.js';
import type { ScheduledPostRow } from '../../db/rows.js';
import { ConflictError, IllegalTransitionError, invalid, NotFoundError, ValidationError, type FieldError } from '../../errors.js';
import { findAssetsByIds } from '../asset/asset.repository.js';
import { markNeedsReconnect } from '../channel/channel-status.js';
import { TokenDecryptionError } from '../../security/token-cipher.js';
import { accessTokenOf } from '../channel/channel-tokens.js';
import { requireChannel, type ChannelContext } from '../channel/channel.service.js';
import { writeItemChanges } from '../content-item/item-writes.js';
import { getContentItem } from '../content-item/content-item.service.js';
import { findMediaWithAssetsOfItems } from '../content-item/content-item.repository.js';
import { mediaFactsOf } from '../content-item/media-rules.js';
import type { AssetRow } from '../../db/rows.js';
import { requirePersona } from '../persona/persona.service.js';
import { userActor } from '../shared/actor.js';
import type { ScheduledPostState } from '../shared/domain.js';
import { isId } from '../shared/ids.js';
import { findDisclosureFacts } from '../disclosure/disclosure.repository.js';
import { disclosedCaption } from '../disclosure/disclosure.js';
import { isPostgresError, UNIQUE_VIOLATION } from '../shared/postgres-errors.js';
import { requireViewer, type ServiceContext } from '../shared/service-context.js';
import { parseInput } from '../shared/validation.js';
import { announcePost, announcePosts } from './post-events.js';
import { settleItems } from './settle-items.js';
import { variantLockProblems } from './variant-checks.js';
import { postProblems, type PostProblem } from './publish-checks.js';
import { claimQueueTime, nextQueueTime } from './queue-time.js';
import { NO_FREE_SLOT, resolveScheduleTime } from './schedule-time.js';
import {
  countPostsInWindow,
  findPostWithOwner,
  findSandboxPosts,
  insertScheduledPosts,
  supersedePosts,
  listPostsInRange,
  lockActivePostsForItems,
  lockScheduledPostById,
  updateScheduledPost,
} from './scheduled-post.repository.js';

// Scheduling, rescheduling and cancelling: every check runs before anything is written, and
// the job and its item's status commit together.

const whenSchema = z.object({ at: z.date().nullish(), localTime: z.string().max(40).nullish(), now: z.boolean().nullish(), queue: z.boolean().nullish() });
const scheduleSchema = z.object({
  itemId: z.string(),
  channelId: z.string(),
  when: whenSchema,
  expectedVersion: z.number().int().min(1),
});
/** How many channels one item may go to at once. */
export const MAX_CROSS_POST_CHANNELS = 10;
const crossPostSchema = z.object({
  itemId: z.string(),
  channels: z
    .array(z.object({ channelId: z.string(), caption: z.string().max(5000).nullish() }))
    .min(1, 'name at least one channel')
    .max(MAX_CROSS_POST_CHANNELS, `at most ${MAX_CROSS_POST_CHANNELS} channels at once`),
  when: whenSchema,
  expectedVersion: z.number().int().min(1),
});
const ONE_ACTIVE_JOB = 'scheduled_posts_one_active_per_channel';

async function postOwnedBy(ctx: ServiceContext, id: string) {
  const viewer = requireViewer(ctx);
  const post = isId(id) ? await findPostWithOwner(ctx.db, id) : undefined;
  if (!post || post.ownerId !== viewer.userId) throw new NotFoundError('Scheduled post', 'id');
  return post;
}

type Channel = Awaited<ReturnType<typeof requireChannel>>;
type Quota = Awaited<ReturnType<NonNullable<ChannelContext['channels']['instagram']>['publishingLimit']>>;

export interface ScheduleOptions {
  /**
   * Reads the account's live publishing quota. Scheduling many posts at once passes one that
   * asks Instagram once per channel (see quotaReadOnce), not once per post.
   */
  readQuota?: (channel: Channel) => Promise<Quota>;
}

/** The account's live quota, as Instagram reports it now. */
function readLiveQuota(ctx: ChannelContext): (channel: Channel) => Promise<Quota> {
  return (channel) => ctx.channels.instagram!.publishingLimit(accessTokenOf(ctx.channels, channel), channel.externalAccountId);
}

/** A quota reader that asks once per channel and hands every later caller the same answer. */
export function quotaReadOnce(ctx: ChannelContext): (channel: Channel) => Promise<Quota> {
  const read = readLiveQuota(ctx);
  const answers = new Map<string, Promise<Quota>>();
  return (channel) => {
    let answer = answers.get(channel.id);
    if (!answer) answers.set(channel.id, (answer = read(channel)));
    return answer;
  };
}

/** The account's live quota against what is already planned in the window before `at`. */
async function quotaProblem(ctx: ChannelContext, channel: Channel, at: Date, itemId: string, readQuota = readLiveQuota(ctx)): Promise<FieldError | null> {
  const instagram = ctx.channels.instagram;
  if (channel.platform !== 'instagram' || !instagram) return null;
  let quota;
  try {
    quota = await readQuota(channel);
  } catch (error) {
    if (error instanceof TokenDecryptionError) {
      await markNeedsReconnect(ctx.db, channel.id, 'the stored token cannot be decrypted; connect the account again');
      return { field: 'input.channelId', message: 'the channel needs reconnecting: its stored token cannot be decrypted' };
    }
    if (error instanceof InstagramApiError && error.kind === 'auth') {
      await markNeedsReconnect(ctx.db, channel.id, error.platformMessage);
      return { field: 'input.channelId', message: `the channel needs reconnecting: ${error.platformMessage}` };
    }
    // The publisher checks the quota again before it publishes; an outage here need not block planning.
    ctx.logger.warn({ err: error instanceof Error ? error.message : error, channelId: channel.id }, 'publishing quota unavailable while scheduling');
    return null;
  }
  const windowMs = quota.windowSeconds * 1000;
  const planned = await countPostsInWindow(ctx.db, channel.id, new Date(at.getTime() - windowMs), at, itemId);
  const alreadyUsed = at.getTime() - Date.now() < windowMs ? quota.used : 0;
  if (planned + alreadyUsed + 1 <= quota.total) return null;
  const hours = Math.round(quota.windowSeconds / 3600);
  return {
    field: 'input.when',
    message: `the account may publish ${quota.total} posts per ${hours} h and ${planned + alreadyUsed} already fall in the ${hours} h before this time`,
  };
}

/** Schedules an item on one channel: a cross-post to that channel alone, with its errors named as the single form has them. */
export async function schedulePost(ctx: ChannelContext, input: unknown, options: ScheduleOptions = {}): Promise<ScheduledPostRow> {
  const args = parseInput(scheduleSchema, input);
  const fields = { channel: 'input.channelId', caption: 'input.itemId', media: 'input.itemId' };
  const [post] = await scheduleOnChannels(ctx, { ...args, channels: [{ channelId: args.channelId }] }, options, () => fields);
  return post!;
}

/**
 * Schedules an item on several channels of its persona at one time, each with its own caption
 * when given, each checked by its network's rules before anything is stored (issue 17).
 */
export async function crossPost(ctx: ChannelContext, input: unknown): Promise<ScheduledPostRow[]> {
  const args = parseInput(crossPostSchema, input);
  const seen = new Set<string>();
  const repeated = args.channels.findIndex(({ channelId }) => seen.size === seen.add(channelId).size);
  if (repeated >= 0) throw invalid(`input.channels.${repeated}.channelId`, 'is listed twice');
  if (args.when.queue && args.channels.length > 1) {
    throw invalid('input.when.queue', "the queue picks a time per channel: give a time to post on several channels at once");
  }
  return scheduleOnChannels(ctx, args, {}, (index) => {
    const channel = `input.channels.${index}.channelId`;
    // A problem of the item's own caption or media shows by the channel that refuses it.
    return { channel, caption: args.channels[index]!.caption == null ? channel : `input.channels.${index}.caption`, media: channel };
  });
}

interface ScheduleArgs {
  itemId: string;
  channels: ReadonlyArray<{ channelId: string; caption?: string | null }>;
  when: z.infer<typeof whenSchema>;
  expectedVersion: number;
}

/** The inputs each channel's problems (publish-checks.ts) are named by. */
type FieldsOf = (index: number) => Record<PostProblem['field'], string>;

async function scheduleOnChannels(ctx: ChannelContext, args: ScheduleArgs, options: ScheduleOptions, fieldsOf: FieldsOf): Promise<ScheduledPostRow[]> {
  const viewer = requireViewer(ctx);
  const item = await getContentItem(ctx, args.itemId);
  if (!item) throw new NotFoundError('Content item', 'input.itemId');
  const channels = await Promise.all(args.channels.map(({ channelId }, index) => requireChannel(ctx, channelId, fieldsOf(index).channel)));
  const foreign = channels.findIndex((channel) => channel.personaId !== item.personaId);
  if (foreign >= 0) throw invalid(fieldsOf(foreign).channel, "must be one of the item's persona's channels");
  const persona = await requirePersona(ctx, item.personaId, 'input.itemId');
  const now = new Date();
  const queued = args.when.queue === true;
  const queueTime = queued ? await nextQueueTime(ctx.db, channels[0]!.id, persona.timeZone, now) : undefined;
  const time = resolveScheduleTime(args.when, persona.timeZone, now, 'input.when', queueTime);
  const [media, [cover], disclosure] = await Promise.all([
    findMediaWithAssetsOfItems(ctx.db, [item.id]),
    item.coverAssetId ? findAssetsByIds(ctx.db, [item.coverAssetId]) : [],
    findDisclosureFacts(ctx.db, [item.personaId], item.assetId ? [item.assetId] : []),
  ]);
  const postMedia = (asset: AssetRow) => ({ ...mediaFactsOf(asset), mimeType: asset.mimeType, byteSize: asset.byteSize });
  const policy = disclosure.personas.get(item.personaId);
  const problems: FieldError[] = 'error' in time ? [time.error] : [];
  channels.forEach((channel, index) => {
    const own = args.channels[index]!.caption ?? null;
    const caption = own ?? item.caption;
    const fields = fieldsOf(index);
    const found = postProblems(
      {
        // What goes out: with the persona's disclosure line when it applies, which counts toward the network's limits.
        text: policy ? disclosedCaption(caption, policy, (item.assetId && disclosure.assets.get(item.assetId)) || null) : caption,
        ownCaption: own !== null,
        channelPlatform: channel.platform,
        itemPlatform: item.platform,
        channelStatus: channel.status,
        format: item.format,
        media: media.map(postMedia),
        cover: cover ? postMedia(cover) : null,
      },
      { instagramMaxHashtags: ctx.config.INSTAGRAM_MAX_HASHTAGS },
    );
    for (const problem of found) problems.push({ field: fields[problem.field], message: problem.message });
  });
  if (problems.length) throw new ValidationError(problems);
  const planned = (time as { at: Date }).at;
  const variants = args.channels.flatMap(({ caption }, index) => (caption != null ? [{ index, caption }] : []));
  const locked = await variantLockProblems(ctx.db, item, variants, planned, userActor(viewer.userId));
  if (locked.length) throw new ValidationError(locked.map(({ index, message }) => ({ field: fieldsOf(index).caption, message: `the caption is ${message}` })));
  for (const [index, channel] of channels.entries()) {
    const quota = await quotaProblem(ctx, channel, planned, item.id, options.readQuota);
    if (quota) throw new ValidationError([{ ...quota, field: quota.field === 'input.channelId' ? fieldsOf(index).channel : quota.field }]);
  }

  try {
    return await ctx.db.transaction().execute(async (trx) => {
      // Another item may have taken the slot since it was looked up: claim it under the channel's lock.
      const at = queued ? await claimQueueTime(trx, channels[0]!.id, persona.timeZone, now) : planned;
      if (!at) throw new ValidationError([{ field: 'input.when.queue', message: NO_FREE_SLOT }]);
      const channelIds = channels.map((channel) => channel.id);
      const actor = userActor(viewer.userId);
      const writeOptions = { config: ctx.config, actor, withPublishingJob: true };
      if (item.status === 'scheduled') {
        // More channels for an item already going out (or a failed channel retried while others
        // wait): its status stays, its time is the earliest of its posts.
        const earliest = item.scheduledAt && item.scheduledAt < at ? item.scheduledAt : at;
        await writeItemChanges(trx, [{ itemId: item.id, expectedVersion: args.expectedVersion, values: { scheduledAt: earliest } }], writeOptions);
      } else {
        await writeItemChanges(trx, [{ itemId: item.id, expectedVersion: args.expectedVersion, to: 'scheduled', values: { scheduledAt: at } }], writeOptions);
      }
      // A fresh round from READY replaces every earlier post; a retry or an added channel only
      // the earlier posts on the same channels (the others' outcomes still count).
      await supersedePosts(trx, item.id, item.status === 'ready' ? 'all' : channelIds);
      const posts = await insertScheduledPosts(
        trx,
        channels.map((channel, index) => ({
          contentItemId: item.id,
          channelIntegrationId: channel.id,
          captionVariant: args.channels[index]!.caption ?? null,
          runAt: at,
          dueAt: at,
        })),
      );
      await announcePosts(trx, posts);
      return posts;
    });
  } catch (error) {
    if (isPostgresError(error, UNIQUE_VIOLATION, ONE_ACTIVE_JOB)) {
      throw new ConflictError('input.itemId', 'This item is already scheduled on that channel; reschedule or cancel that post');
    }
    throw error;
  }
}

/** Locks a pending post for a change; a post the publisher has taken is past changing. */
async function lockPending(trx: ChannelContext['db'], id: string, action: string): Promise<ScheduledPostRow> {
  const post = await lockScheduledPostById(trx, id);
  if (post.state === 'publishing') throw new IllegalTransitionError('scheduled', 'scheduled', [`a post that is not being published: publishing has started, so it cannot be ${action}`]);
  if (post.state !== 'pending') throw new ConflictError('id', `Only pending posts can be ${action}; this one is ${post.state.toUpperCase()}`);
  return post;
}

export async function reschedulePost(ctx: ChannelContext, id: string, when: unknown): Promise<ScheduledPostRow> {
  const viewer = requireViewer(ctx);
  const owned = await postOwnedBy(ctx, id);
  const time = resolveScheduleTime(parseInput(whenSchema, when, 'at'), owned.personaTimeZone, new Date(), 'at');
  if ('error' in time) throw new ValidationError([time.error]);
  const channel = await requireChannel(ctx, owned.channelIntegrationId, 'id');
  const quota = await quotaProblem(ctx, channel, time.at, owned.contentItemId);
  if (quota) throw new ValidationError([{ ...quota, field: 'at' }]);
  return ctx.db.transaction().execute(async (trx) => {
    await lockPending(trx, id, 'rescheduled');
    // The item's time is the earliest of its posts still to go (one, unless it is cross-posted).
    const others = (await lockActivePostsForItems(trx, [owned.contentItemId])).filter((other) => other.id !== id).map((other) => other.runAt);
    const earliest = new Date(Math.min(time.at.getTime(), ...others.map((at) => at.getTime())));
    await writeItemChanges(trx, [{ itemId: owned.contentItemId, values: { scheduledAt: earliest } }], {
      config: ctx.config,
      actor: userActor(viewer.userId),
      withPublishingJob: true,
    });
    const post = await updateScheduledPost(trx, id, { runAt: time.at, dueAt: time.at, attempts: 0, lastError: null });
    await announcePost(trx, post);
    return post;
  });
}

export async function cancelScheduledPost(ctx: ServiceContext, id: string): Promise<ScheduledPostRow> {
  const viewer = requireViewer(ctx);
  const owned = await postOwnedBy(ctx, id);
  return ctx.db.transaction().execute(async (trx) => {
    await lockPending(trx, id, 'cancelled');
    const post = await updateScheduledPost(trx, id, { state: 'cancelled', lastError: null });
    // Its item goes back to READY when this was its last channel; with others still to go it
    // stays SCHEDULED, and when the others are out already it is POSTED (or FAILED) now.
    await settleItems(trx, [owned.contentItemId], { config: ctx.config, actor: userActor(viewer.userId) });
    await announcePost(trx, post);
    return post;
  });
}

const CALENDAR_LIMIT = 1000;
const MAX_RANGE_MS = 100 * 24 * 3600 * 1000;

export async function listScheduledPosts(
  ctx: ServiceContext,
  filter: { personaId?: string | null; from: Date; to: Date; states?: readonly ScheduledPostState[] | null; includeSimulated?: boolean | null },
): Promise<ScheduledPostRow[]> {
  const viewer = requireViewer(ctx);
  if (filter.to <= filter.from) throw invalid('filter.to', 'must be after filter.from');
  if (filter.to.getTime() - filter.from.getTime() > MAX_RANGE_MS) throw invalid('filter.to', 'the range can span at most 100 days');
  if (filter.personaId && !isId(filter.personaId)) return [];
  return listPostsInRange(ctx.db, {
    userId: viewer.userId,
    personaId: filter.personaId ?? undefined,
    from: filter.from,
    to: filter.to,
    states: filter.states ?? undefined,
    includeSimulated: filter.includeSimulated ?? false,
    limit: CALENDAR_LIMIT,
  });
}

export async function sandboxFeed(ctx: ServiceContext, personaId: string, first: number | null | undefined, includeSimulated: boolean) {
  const persona = await requirePersona(ctx, personaId, 'personaId');
  const size = first ?? 20;
  if (size < 1 || size > 100) throw invalid('first', 'must be between 1 and 100');
  return findSandboxPosts(ctx.db, persona.id, size, includeSimulated);
}
