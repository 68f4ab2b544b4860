// Whether a claimed post's media can go out now, for every network: the item may have lost its
// media since it was scheduled, or a video may still be converting.

interface MediaEntry { kind: string; processing: string | null }

/** Why the item's media cannot be sent now: `fail` ends the post, `wait` tries again later. */
export function mediaNotReady(format: string, media: ReadonlyArray<MediaEntry>): { fail: string } | { wait: string } | null {
  if (!media.length) return { fail: format === 'post' ? 'the item has no image any more; a post needs one' : `the item has no media any more; a ${format} needs some` };
  const videos = media.filter((entry) => entry.kind === 'video');
  if (videos.some((entry) => entry.processing === 'failed')) return { fail: 'a video of the item could not be converted for publishing; upload it again' };
  if (videos.some((entry) => entry.processing === 'processing')) return { wait: 'a video of the item is still being converted; waiting' };
  return null;
}
