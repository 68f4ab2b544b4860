import { DateTime } from 'luxon';
import type { FieldError } from '../../errors.js';

// A post's time arrives as an instant, or as a wall-clock time in the persona's zone, which is
// what people mean by "9:30 on Tuesday": computed in the zone, so it stays 9:30 across a
// daylight-saving change, and stored as UTC. A local time that does not exist (the hour
// skipped when clocks go forward) is refused rather than silently moved. "Queue" asks for the
// channel's next free posting slot, which the caller looks up and passes in.

const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

/** How far ahead a post must be, so the publisher has time to pick it up as scheduled. */
export const MIN_LEAD_MS = 1_000;

export const NO_FREE_SLOT = "the channel's posting schedule has no free slot in the next 12 weeks: add times to it on the Channels page";

export function resolveScheduleTime(
  when: { at?: Date | null; localTime?: string | null; now?: boolean | null; queue?: boolean | null } | null | undefined,
  zone: string,
  now: Date,
  field: string,
  /** The channel's next free slot when the caller looked it up (null: none); undefined where the queue does not apply. */
  queueTime?: Date | null,
): { at: Date } | { error: FieldError } {
  const at = when?.at ?? null;
  const local = when?.localTime ?? null;
  const immediately = when?.now === true;
  const queued = when?.queue === true;
  if ([at !== null, local !== null, immediately, queued].filter(Boolean).length !== 1) {
    return { error: { field, message: 'give exactly one of at, localTime, now or queue' } };
  }
  if (queued) {
    if (queueTime === undefined) return { error: { field: `${field}.queue`, message: 'only a new post joins the queue; give at or localTime to move this one' } };
    if (queueTime === null) return { error: { field: `${field}.queue`, message: NO_FREE_SLOT } };
    return { at: queueTime };
  }
  // "Post now" is due by the server's clock, so a browser whose clock runs late is not refused.
  if (immediately) return { at: new Date(now.getTime() + MIN_LEAD_MS) };
  let instant: Date;
  if (at) {
    instant = at;
  } else {
    if (!LOCAL_TIME.test(local!)) return { error: { field: `${field}.localTime`, message: 'must look like 2026-12-24T09:30' } };
    const parsed = DateTime.fromISO(local!, { zone });
    if (!parsed.isValid) return { error: { field: `${field}.localTime`, message: `is not a valid date and time (${parsed.invalidExplanation ?? 'invalid'})` } };
    // Luxon moves a time inside a spring-forward gap to after it; comparing back shows that.
    if (parsed.toFormat(local!.length > 16 ? "yyyy-MM-dd'T'HH:mm:ss" : "yyyy-MM-dd'T'HH:mm") !== local) {
      return { error: { field: `${field}.localTime`, message: `does not exist in ${zone} (clocks skip it for daylight saving)` } };
    }
    instant = parsed.toJSDate();
  }
  if (instant.getTime() < now.getTime() + MIN_LEAD_MS) return { error: { field, message: 'must be in the future' } };
  return { at: instant };
}
