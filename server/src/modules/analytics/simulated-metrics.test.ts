import { describe, expect, it } from 'vitest';
import { sandboxAccountAt } from './simulated-readings.js';
import { FOLLOWERS_PER_POST, postsPublishedBy, simulatedAccountMetrics } from './simulated-metrics.js';

const HOUR_MS = 3600_000;
const channel = { id: '5b0c7a3e-1f2d-4c5b-8a9e-0123456789ab', createdAt: new Date('2026-11-26T15:00:00Z') };
const at = (hoursFromConnection: number) => new Date(channel.createdAt.getTime() + hoursFromConnection * HOUR_MS);

describe('the simulated Sandbox account', () => {
  // Six weeks of past posts, three a week, all before the channel was connected (as a history fills them).
  const posts = Array.from({ length: 18 }, (_, index) => at(-42 * 24 + index * 56 + 5));

  it('never loses followers as time passes and posts go out, before and after connection', () => {
    let previous = -1;
    for (let hours = -44 * 24; hours <= 14 * 24; hours += 7) {
      const { followers } = sandboxAccountAt(channel, at(hours), posts);
      expect(followers, `${hours} h from connection`).toBeGreaterThanOrEqual(previous);
      previous = followers;
    }
  });

  it('gives the same reading for the same instant however it is taken', () => {
    const instant = at(3);
    const collector = simulatedAccountMetrics({ channelId: channel.id, connectedAt: channel.createdAt, at: instant, postsPublished: 18 });
    expect(sandboxAccountAt(channel, instant, posts)).toEqual(collector);
  });

  it('counts a post from the instant it is published, and each adds followers', () => {
    expect(postsPublishedBy(posts, posts[3]!)).toBe(4);
    expect(postsPublishedBy(posts, new Date(posts[3]!.getTime() - 1))).toBe(3);
    const withPost = sandboxAccountAt(channel, at(1), posts).followers;
    const withoutPost = sandboxAccountAt(channel, at(1), posts.slice(1)).followers;
    expect(withPost - withoutPost).toBe(FOLLOWERS_PER_POST);
  });

  it('reads the account at connection as it was before any post: a reading taken then and one taken after the history agree on time', () => {
    const atConnection = sandboxAccountAt(channel, channel.createdAt, []).followers;
    const yesterday = sandboxAccountAt(channel, at(-24), posts).followers;
    const now = sandboxAccountAt(channel, channel.createdAt, posts).followers;
    // The history's posts lift today's reading above every earlier one.
    expect(now).toBeGreaterThanOrEqual(yesterday);
    expect(now - atConnection).toBe(18 * FOLLOWERS_PER_POST);
  });
});
