import { describe, expect, it } from 'vitest';
import { CONTENT_ITEM_STATUSES, PLATFORMS, type ContentItemStatus } from '../shared/domain.js';
import { captionProblems } from './caption-limits.js';
import { checkMove, NEEDS_CHANNEL, PUBLISHED_BY_DOPPELCART, type ItemFacts, type MoveCheck } from './status-rules.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const limits = { instagramMaxHashtags: 30 };

/**
 * An item that meets every precondition, so only the lifecycle itself decides: an Instagram
 * item whose publishing job is created with the move (as schedulePost does).
 */
const complete: ItemFacts = {
  caption: 'Soil first. #balconygarden',
  platform: 'instagram',
  scheduledAt: new Date('2026-06-02T09:00:00Z'),
  publishedAt: new Date('2026-06-01T11:00:00Z'),
  reason: 'container ERROR',
  publishingJob: true,
};
/** The same item on X, a platform DoppelCart does not publish to: a post planned by hand, no job. */
const plannedByHand: ItemFacts = { ...complete, platform: 'facebook', publishingJob: false };

const check = (from: ContentItemStatus | null, to: ContentItemStatus, overrides: Partial<MoveCheck> = {}) =>
  checkMove({ from, to, actor: 'user', item: complete, now: NOW, limits, ...overrides });

// The whole lifecycle as a table: [from, to, who may make the move].
const LEGAL: Array<[ContentItemStatus, ContentItemStatus, 'user' | 'process']> = [
  ['idea', 'draft', 'user'],
  ['draft', 'idea', 'user'],
  ['draft', 'ready', 'user'],
  ['ready', 'draft', 'user'],
  ['ready', 'scheduled', 'user'],
  ['scheduled', 'ready', 'user'],
  ['scheduled', 'posted', 'process'],
  ['scheduled', 'failed', 'process'],
  ['failed', 'ready', 'user'],
  ['failed', 'scheduled', 'user'],
];

// The table holds for both kinds of item that can be SCHEDULED: one DoppelCart publishes (with
// its job) and one planned by hand on another platform.
const COMPLETE_ITEMS: Array<[string, ItemFacts]> = [
  ['Instagram with its publishing job', complete],
  ['X planned by hand', plannedByHand],
];

describe.each(COMPLETE_ITEMS)('status rules: every pair of statuses (%s)', (_kind, item) => {
  for (const from of CONTENT_ITEM_STATUSES) {
    for (const to of CONTENT_ITEM_STATUSES) {
      const legal = LEGAL.find(([f, t]) => f === from && t === to);
      it(`${from} -> ${to}: ${legal ? `allowed for a ${legal[2]}` : 'refused'}`, () => {
        const asProcess = check(from, to, { actor: 'process', item });
        const asUser = check(from, to, { actor: 'user', item });
        expect(asProcess.allowed).toBe(Boolean(legal));
        expect(asUser.allowed).toBe(legal?.[2] === 'user');
        if (!asUser.allowed) expect(asUser.missing.length).toBeGreaterThan(0);
      });
    }
  }

  it('POSTED is final', () => {
    for (const to of CONTENT_ITEM_STATUSES) expect(check('posted', to, { actor: 'process', item }).allowed).toBe(false);
  });

  it('creates items in editable statuses only', () => {
    expect(CONTENT_ITEM_STATUSES.filter((to) => check(null, to, { item }).allowed)).toEqual(['idea', 'draft', 'ready', 'scheduled']);
  });
});

describe('SCHEDULED on a platform DoppelCart publishes to needs a publishing job', () => {
  const ownPlatforms = PUBLISHED_BY_DOPPELCART;
  const otherPlatforms = PLATFORMS.filter((platform) => !ownPlatforms.includes(platform));

  it('publishes to every platform but Facebook itself', () => {
    expect([...ownPlatforms].sort()).toEqual(['bluesky', 'instagram', 'linkedin', 'mastodon', 'sandbox', 'threads', 'tiktok', 'x', 'youtube']);
  });

  for (const platform of ownPlatforms) {
    const withoutJob: ItemFacts = { ...complete, platform, publishingJob: undefined };

    it(`refuses a ${platform} item moved or created SCHEDULED without a job, needing a channel`, () => {
      for (const from of ['ready', 'failed', null] as const) {
        for (const actor of ['user', 'process'] as const) {
          expect(check(from, 'scheduled', { actor, item: withoutJob })).toEqual({ allowed: false, missing: [NEEDS_CHANNEL] });
          expect(check(from, 'scheduled', { actor, item: { ...withoutJob, publishingJob: false } })).toEqual({ allowed: false, missing: [NEEDS_CHANNEL] });
        }
      }
    });

    it(`allows a ${platform} item into SCHEDULED with its publishing job`, () => {
      for (const from of ['ready', 'failed'] as const) {
        expect(check(from, 'scheduled', { item: { ...withoutJob, publishingJob: true } })).toEqual({ allowed: true });
      }
    });

    it(`lists the channel with whatever else a ${platform} item lacks`, () => {
      const bare = { ...withoutJob, caption: ' ', scheduledAt: new Date('2026-06-01T11:00:00Z') };
      expect(check('ready', 'scheduled', { item: bare })).toEqual({
        allowed: false,
        missing: ['caption', 'scheduledAt in the future', NEEDS_CHANNEL],
      });
    });

    it(`needs no job for the moves out of SCHEDULED of a ${platform} item`, () => {
      expect(check('scheduled', 'ready', { item: withoutJob })).toEqual({ allowed: true });
      expect(check('scheduled', 'posted', { actor: 'process', item: withoutJob })).toEqual({ allowed: true });
      expect(check('scheduled', 'failed', { actor: 'process', item: withoutJob })).toEqual({ allowed: true });
      expect(check('failed', 'ready', { item: withoutJob })).toEqual({ allowed: true });
    });
  }

  it('needs no channel for an X item, or any platform DoppelCart does not publish to', () => {
    for (const platform of otherPlatforms) {
      for (const from of ['ready', 'failed', null] as const) {
        expect(check(from, 'scheduled', { item: { ...plannedByHand, platform } })).toEqual({ allowed: true });
        expect(check(from, 'scheduled', { item: { ...plannedByHand, platform, publishingJob: undefined } })).toEqual({ allowed: true });
      }
    }
  });
});

describe('preconditions', () => {
  it('READY needs a caption', () => {
    expect(check('draft', 'ready', { item: { ...complete, caption: '   ' } })).toEqual({ allowed: false, missing: ['caption'] });
  });

  it("READY needs a caption within the platform's length", () => {
    const verdict = check('draft', 'ready', { item: { ...complete, platform: 'x', caption: 'a'.repeat(281) } });
    expect(verdict).toEqual({ allowed: false, missing: ['caption of at most 280 characters (has 281)'] });
    expect(check('draft', 'ready', { item: { ...complete, platform: 'x', caption: 'a'.repeat(280) } }).allowed).toBe(true);
  });

  it('SCHEDULED needs a time in the future, and a publishable caption', () => {
    const past = check('ready', 'scheduled', { item: { ...complete, scheduledAt: new Date('2026-06-01T11:59:59Z') } });
    expect(past).toEqual({ allowed: false, missing: ['scheduledAt in the future'] });
    const none = check('failed', 'scheduled', { item: { ...complete, caption: '', scheduledAt: null } });
    expect(none).toEqual({ allowed: false, missing: ['caption', 'scheduledAt in the future'] });
  });

  it('POSTED needs publishedAt and FAILED needs a reason', () => {
    expect(check('scheduled', 'posted', { actor: 'process', item: { ...complete, publishedAt: null } })).toEqual({
      allowed: false,
      missing: ['publishedAt'],
    });
    expect(check('scheduled', 'failed', { actor: 'process', item: { ...complete, reason: null } })).toEqual({
      allowed: false,
      missing: ['reason'],
    });
  });

  it('explains a move the lifecycle does not have', () => {
    const verdict = check('idea', 'scheduled');
    expect(verdict.allowed).toBe(false);
    expect(!verdict.allowed && verdict.missing[0]).toContain('from IDEA: DRAFT');
  });
});

describe('caption limits', () => {
  it('counts emoji as one character each', () => {
    expect(captionProblems('🌱'.repeat(280), 'x', limits)).toEqual([]);
    expect(captionProblems('🌱'.repeat(281), 'x', limits)).toHaveLength(1);
  });

  it('limits Instagram hashtags by configuration, and mentions to 20', () => {
    const tags = (n: number) => Array.from({ length: n }, (_, i) => `#tag${i}`).join(' ');
    expect(captionProblems(tags(30), 'instagram', limits)).toEqual([]);
    expect(captionProblems(tags(31), 'instagram', limits)).toEqual(['at most 30 hashtags (has 31)']);
    expect(captionProblems(tags(6), 'instagram', { instagramMaxHashtags: 5 })).toEqual(['at most 5 hashtags (has 6)']);
    const mentions = Array.from({ length: 21 }, (_, i) => `@user${i}`).join(' ');
    expect(captionProblems(mentions, 'instagram', limits)).toEqual(['at most 20 mentions (has 21)']);
    expect(captionProblems(tags(40), 'linkedin', limits)).toEqual([]);
  });
});
