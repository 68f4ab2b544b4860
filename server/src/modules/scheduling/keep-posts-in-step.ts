import { IllegalTransitionError, invalid } from '../../errors.js';
import { PUBLISHED_BY_DOPPELCART } from '../content-item/status-rules.js';
import type { Platform } from '../shared/domain.js';
import type { ItemWriteGuard, PlannedItemWrite } from '../shared/item-write-guard.js';
import { announcePosts } from './post-events.js';
import { cancelPostRows, lockActivePostsForItems, moveDueTimes } from './scheduled-post.repository.js';

// A SCHEDULED item and its pending publishing jobs (one per channel when it is cross-posted)
// move together when a person edits the item: moving it out of SCHEDULED cancels them, a new
// time moves them. Once the publisher has started one, none can change under it. Wired into
// every person's item write as its guard.

function touchesTheJob({ before, to, values }: PlannedItemWrite): boolean {
  if (before.status !== 'scheduled' || to === 'posted' || to === 'failed') return false;
  return Boolean(to) || values.scheduledAt !== undefined || (values.platform !== undefined && values.platform !== before.platform);
}

export const keepPostsInStep: ItemWriteGuard = async (trx, planned) => {
  const touching = planned.filter(touchesTheJob);
  if (!touching.length) return;
  const active = await lockActivePostsForItems(trx, touching.map(({ before }) => before.id));
  const jobsOf = (itemId: string) => active.filter((post) => post.contentItemId === itemId);
  const cancels: Array<{ id: string; reason: string }> = [];
  const moves: Array<{ id: string; at: Date }> = [];
  for (const { before, to, values } of touching) {
    const jobs = jobsOf(before.id);
    const newPlatform = values.platform as Platform | undefined;
    if (!to && newPlatform !== undefined && newPlatform !== before.platform && (jobs.length || PUBLISHED_BY_DOPPELCART.includes(newPlatform))) {
      // The job was checked for its channel and platform; a SCHEDULED Instagram or Sandbox item
      // without a job would never go out. Either way: unschedule, change, schedule again.
      throw invalid('input.platform', 'a SCHEDULED item keeps its platform; move it back to READY to change it');
    }
    if (jobs.some((job) => job.state === 'publishing')) {
      throw new IllegalTransitionError(before.status, to ?? before.status, ['publishing has started: wait for it to finish']);
    }
    const newTime = values.scheduledAt as Date | null | undefined;
    for (const job of jobs) {
      if (to) cancels.push({ id: job.id, reason: `item moved to ${to.toUpperCase()}` });
      else if (newTime) moves.push({ id: job.id, at: newTime });
    }
  }
  await announcePosts(trx, [...(await cancelPostRows(trx, cancels)), ...(await moveDueTimes(trx, moves))]);
};
