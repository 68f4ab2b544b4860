import type { EventInput } from '@fullcalendar/core';
import type { CalendarPost_PostFragment } from '../../../gql/graphql';
import { instantToWallClock } from '../../../lib/dates';
import { scheduledPostStates } from '../../../lib/publishing';
import type { PlannedItem } from '../hooks/usePlannedItems';

// The calendar runs in UTC and is fed wall-clock times: each post sits at its local time in its
// own persona's zone, so one grid can show personas of different zones correctly. A dropped
// event's time is read back as wall-clock and sent as `localTime`, which the server converts
// in the persona's zone (daylight-saving safe).

export type CalendarPost = CalendarPost_PostFragment;

export interface PostEventProps {
  kind: 'post';
  state: CalendarPost['state'];
  timeZone: string;
  personaName: string;
  channelName: string;
  simulated: boolean;
  format: CalendarPost['item']['format'];
}

/** Published posts sit where they went out; the rest where they are due. */
export function shownInstant(post: CalendarPost): string {
  return post.state === 'PUBLISHED' && post.publishedAt ? post.publishedAt : post.runAt;
}

export function toCalendarEvent(post: CalendarPost): EventInput {
  const color = `var(--mantine-color-${scheduledPostStates[post.state].color}-6)`;
  const extendedProps: PostEventProps = {
    kind: 'post',
    state: post.state,
    timeZone: post.item.persona.timeZone,
    personaName: post.item.persona.name,
    channelName: post.channel.accountName,
    simulated: post.item.simulated,
    format: post.item.format,
  };
  return {
    id: post.id,
    title: post.item.title || 'Untitled',
    start: instantToWallClock(shownInstant(post), post.item.persona.timeZone),
    // Only a post still waiting can move; the publisher owns it once it starts.
    startEditable: post.state === 'PENDING',
    backgroundColor: color,
    borderColor: color,
    textColor: 'white',
    extendedProps,
  };
}

export interface PlannedEventProps {
  kind: 'planned';
  status: PlannedItem['status'];
  timeZone: string;
  personaName: string;
  imageUrl: string | null;
  simulated: boolean;
  format: PlannedItem['format'];
}

/** Prefix of a planned item's event id, so posts and items never share one. */
export const PLANNED_EVENT_PREFIX = 'item:';

/** A planned item: outlined, apart from posts; dropping it elsewhere plans it for that time. */
export function toPlannedEvent(item: PlannedItem): EventInput {
  const extendedProps: PlannedEventProps = {
    kind: 'planned',
    status: item.status,
    timeZone: item.persona.timeZone,
    personaName: item.persona.name,
    // A video shows its first frame.
    imageUrl: item.asset ? (item.asset.posterUrl ?? item.asset.url) : null,
    simulated: item.simulated,
    format: item.format,
  };
  return {
    id: `${PLANNED_EVENT_PREFIX}${item.id}`,
    title: item.title || 'Untitled',
    start: instantToWallClock(item.scheduledAt!, item.persona.timeZone),
    startEditable: true,
    backgroundColor: 'transparent',
    borderColor: 'var(--mantine-color-gray-5)',
    textColor: 'var(--mantine-color-text)',
    classNames: ['planned-event'],
    extendedProps,
  };
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

/** The wall-clock time (`2026-12-24T09:30:00`) of a date the UTC calendar produced. */
export function calendarDateToLocalTime(date: Date): string {
  return (
    `${date.getUTCFullYear()}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}` +
    `T${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}:${twoDigits(date.getUTCSeconds())}`
  );
}

/** Zones run from UTC-12 to UTC+14: a wall-clock range covers these instants in any of them. */
const widestOffsetMs = 14 * 60 * 60 * 1000;

export function queryRangeFor(start: Date, end: Date): { from: string; to: string } {
  return {
    from: new Date(start.getTime() - widestOffsetMs).toISOString(),
    to: new Date(end.getTime() + widestOffsetMs).toISOString(),
  };
}
