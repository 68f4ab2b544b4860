import { describe, expect, it } from 'vitest';
import { itemOutcomeOf, type CurrentPost } from './cross-post-status.js';

const at = (minute: number) => new Date(Date.UTC(2026, 11, 6, 9, minute));
const post = (state: CurrentPost['state'], extra: Partial<CurrentPost> = {}): CurrentPost => ({
  state,
  channelLabel: 'Sandbox',
  publishedAt: state === 'published' ? at(0) : null,
  lastError: state === 'failed' ? 'refused' : null,
  ...extra,
});

describe('an item status from its posts', () => {
  it('stays SCHEDULED while any channel has yet to go out', () => {
    expect(itemOutcomeOf([post('published'), post('pending')])).toEqual({ status: 'scheduled' });
    expect(itemOutcomeOf([post('failed'), post('publishing')])).toEqual({ status: 'scheduled' });
  });

  it('is POSTED when all are out, at the last one', () => {
    expect(itemOutcomeOf([post('published', { publishedAt: at(3) }), post('published', { publishedAt: at(7) })])).toEqual({ status: 'posted', publishedAt: at(7) });
  });

  it('is FAILED naming each failed channel once none is left to go', () => {
    const outcome = itemOutcomeOf([
      post('published'),
      post('failed', { channelLabel: 'Bluesky @lena.bsky.social', lastError: 'the image is too large' }),
      post('failed', { channelLabel: 'Instagram @lena', lastError: 'token expired' }),
    ]);
    expect(outcome).toEqual({ status: 'failed', reason: '2 of 3 channels failed (Bluesky @lena.bsky.social: the image is too large; Instagram @lena: token expired)' });
  });

  it("keeps a single channel's reason as it is", () => {
    expect(itemOutcomeOf([post('failed', { lastError: 'gave up' })])).toEqual({ status: 'failed', reason: 'gave up' });
  });

  it('leaves out cancelled posts, and is READY when nothing is left', () => {
    expect(itemOutcomeOf([post('cancelled'), post('published')])).toEqual({ status: 'posted', publishedAt: at(0) });
    expect(itemOutcomeOf([post('cancelled')])).toEqual({ status: 'ready' });
  });
});
