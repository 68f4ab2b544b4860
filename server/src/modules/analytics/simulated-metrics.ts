import { createHash } from 'node:crypto';
import { DateTime } from 'luxon';
import type { PostMetricValues } from './metrics.js';

// The Sandbox channel's audience: plausible, deterministic numbers (the same post at the same
// age always gets the same figures), labelled simulated wherever they appear. Posts do best on
// weekend evenings in the persona's time zone and with an image, so a new install's heatmap
// and recommendations have a real pattern to find.

function unit(seed: string): number {
  return createHash('sha256').update(seed).digest().readUInt32BE(0) / 0xffffffff;
}

/** 0.6 at night to 1.4 around 19:00 local time. */
export function hourFactor(hour: number): number {
  return 0.6 + 0.8 * Math.exp(-((hour - 19) ** 2) / 8);
}

const weekendFactor = (weekday: number) => (weekday >= 6 ? 1.2 : 1);

export function simulatedPostMetrics(post: {
  itemId: string;
  publishedAt: Date;
  capturedAt: Date;
  timeZone: string;
  hasImage: boolean;
}): PostMetricValues {
  const local = DateTime.fromJSDate(post.publishedAt, { zone: post.timeZone });
  const ageHours = Math.max(0, (post.capturedAt.getTime() - post.publishedAt.getTime()) / 3600_000);
  // Most of a post's audience arrives in its first day.
  const grown = 1 - Math.exp(-ageHours / 8);
  const timing = hourFactor(local.hour) * weekendFactor(local.weekday);
  const reach = Math.round((600 + unit(`${post.itemId}:reach`) * 1400) * timing * grown);
  const rate = 0.035 * timing * (post.hasImage ? 1.25 : 1) * (0.8 + unit(`${post.itemId}:rate`) * 0.4);
  const interactions = Math.round(reach * rate);
  const likes = Math.round(interactions * 0.7);
  const comments = Math.round(interactions * 0.08);
  const shares = Math.round(interactions * 0.07);
  return {
    views: Math.round(reach * (1.3 + unit(`${post.itemId}:views`) * 0.4)),
    reach,
    likes,
    comments,
    shares,
    saved: interactions - likes - comments - shares,
    totalInteractions: interactions,
  };
}

const DAY_MS = 24 * 3600_000;
/** Followers the account gains a day by itself, and with each post published. */
export const FOLLOWERS_PER_DAY = 3;
export const FOLLOWERS_PER_POST = 9;

/**
 * The account at an instant: followers depend only on the time and on how many of the
 * channel's posts were published by then, so a reading taken at any moment (by the collector,
 * by a simulated history of past days, or again after posts are added or removed) agrees with
 * every other. The account existed before it was connected, so earlier instants have fewer
 * followers, not the same number.
 */
export function simulatedAccountMetrics(account: { channelId: string; connectedAt: Date; at: Date; postsPublished: number }) {
  const days = (account.at.getTime() - account.connectedAt.getTime()) / DAY_MS;
  const base = 800 + unit(`${account.channelId}:base`) * 400;
  const followers = Math.max(0, Math.round(base + days * FOLLOWERS_PER_DAY + account.postsPublished * FOLLOWERS_PER_POST));
  const reach = Math.round(followers * (0.25 + unit(`${account.channelId}:${account.at.toISOString().slice(0, 10)}`) * 0.2));
  return { followers, reach, views: Math.round(reach * 1.6) };
}

/** How many of the posts published at `publishedAt` had gone out at `at`. */
export function postsPublishedBy(publishedAt: readonly Date[], at: Date): number {
  return publishedAt.filter((time) => time.getTime() <= at.getTime()).length;
}
