import type { DatesSetArg, EventClickArg, EventDropArg } from '@fullcalendar/core';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { Box } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useNavigate } from 'react-router';
import { notifications } from '../../../lib/notifications';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { QueryError } from '../../../components/ui/QueryError';
import { instantToWallClock, wallClockToInstant } from '../../../lib/dates';
import { describeActionError } from '../../../lib/graphql-errors';
import { useScheduleDialog } from '../../../lib/schedule-dialog';
import { useCalendarPosts } from '../hooks/useCalendarPosts';
import { usePlannedItems } from '../hooks/usePlannedItems';
import { useReschedulePost } from '../hooks/useReschedulePost';
import {
  calendarDateToLocalTime,
  PLANNED_EVENT_PREFIX,
  queryRangeFor,
  toCalendarEvent,
  toPlannedEvent,
  type CalendarPost,
  type PlannedEventProps,
} from './calendar-events';
import { PostDetailsModal } from './PostDetailsModal';
import { EventFace } from './CalendarEventFace';
import './post-calendar.css';

interface PostCalendarProps {
  /** One persona's posts, or null for all of the viewer's. */
  personaId: string | null;
  /** The zone whose clock the "now" line follows: the persona's, or the browser's when zones mix. */
  nowZone: string;
  /** Whether posts of different zones share the grid, so each names its zone. */
  mixedZones: boolean;
  /** Show the posts of simulated histories too, badged. */
  includeSimulated: boolean;
}

/**
 * A phone has no room for a grid of days: it lists the next two weeks' posts from today instead.
 * A calendar week would show almost nothing on a Sunday, when the coming posts are next week's.
 */
const phoneLayout = {
  initialView: 'listTwoWeeks',
  headerToolbar: { left: 'prev,next', center: 'title', right: 'today' },
} as const;
const customViews = {
  listTwoWeeks: { type: 'list', duration: { days: 14 }, dateAlignment: 'day', titleFormat: { day: 'numeric', month: 'short' } },
} as const;
const wideLayout = {
  initialView: 'dayGridMonth',
  headerToolbar: { left: 'prev,next today', center: 'title', right: 'dayGridMonth,timeGridWeek' },
} as const;

/**
 * Month and week views of scheduled and published posts (a list on a phone), each at its
 * local time in its persona's zone. Dragging a pending post reschedules it; a refused drop
 * snaps back and says why. The week view scrolls to working hours.
 */
export function PostCalendar({ personaId, nowZone, mixedZones, includeSimulated }: PostCalendarProps) {
  const isPhone = useMediaQuery('(max-width: 36em)');
  const layout = isPhone ? phoneLayout : wideLayout;
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const { posts, error, refetch } = useCalendarPosts({ personaId, range, includeSimulated });
  const { reschedule } = useReschedulePost();
  const [openPostId, setOpenPostId] = useState<string | null>(null);
  const planned = usePlannedItems({ personaId, range, includeSimulated });
  const { openScheduleDialog } = useScheduleDialog();
  const navigate = useNavigate();
  const events = useMemo(() => [...posts.map(toCalendarEvent), ...planned.items.map(toPlannedEvent)], [posts, planned.items]);
  const openPost: CalendarPost | undefined = posts.find((post) => post.id === openPostId);

  const [viewType, setViewType] = useState<string>(layout.initialView);
  const calendarRef = useRef<FullCalendar>(null);
  // The week view gets its own height (and scroller) once it is shown; then it can open at 08:00.
  useEffect(() => {
    if (viewType === 'timeGridWeek') calendarRef.current?.getApi().scrollToTime('08:00:00');
  }, [viewType]);
  const handleDatesSet = useCallback(({ start, end, view }: DatesSetArg) => {
    setViewType(view.type);
    const next = queryRangeFor(start, end);
    setRange((current) => (current?.from === next.from && current.to === next.to ? current : next));
  }, []);

  const { items: plannedItems, planAt } = planned;
  const handleDrop = useCallback(
    async ({ event, revert }: EventDropArg) => {
      if (!event.start) return revert();
      try {
        if (event.id.startsWith(PLANNED_EVENT_PREFIX)) {
          // A planned item takes the new time as its plan; a Ready one goes on to be scheduled there.
          const item = plannedItems.find((candidate) => `${PLANNED_EVENT_PREFIX}${candidate.id}` === event.id);
          if (!item) return revert();
          await planAt(item, wallClockToInstant(calendarDateToLocalTime(event.start), item.persona.timeZone));
          if (item.status === 'READY') openScheduleDialog(item.id);
          return;
        }
        await reschedule(event.id, calendarDateToLocalTime(event.start));
      } catch (caught) {
        revert();
        notifications.show({
          color: 'red',
          title: `Could not move “${event.title}”`,
          message: describeActionError(caught),
          autoClose: 10_000,
        });
      }
    },
    [reschedule, plannedItems, planAt, openScheduleDialog],
  );

  const handleClick = useCallback(
    ({ event, jsEvent }: EventClickArg) => {
      jsEvent.preventDefault();
      if (!event.id.startsWith(PLANNED_EVENT_PREFIX)) return setOpenPostId(event.id);
      // A planned item is not a post yet: a Ready one opens the schedule dialog, others the editor.
      const itemId = event.id.slice(PLANNED_EVENT_PREFIX.length);
      if ((event.extendedProps as PlannedEventProps).status === 'READY') openScheduleDialog(itemId);
      else void navigate(`/content?edit=${itemId}`);
    },
    [openScheduleDialog, navigate],
  );

  return (
    <>
      {error && <QueryError error={error} onRetry={() => void refetch()} title="Could not load the calendar" />}
      <Box aria-label="Posting calendar" role="region" className="post-calendar">
        <FullCalendar
          // A new view for the other layout: FullCalendar reads initialView once.
          key={layout.initialView}
          ref={calendarRef}
          plugins={[dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin]}
          initialView={layout.initialView}
          headerToolbar={layout.headerToolbar}
          buttonText={{ today: 'Today', month: 'Month', week: 'Week', list: 'List' }}
          noEventsText="No posts in these two weeks"
          views={customViews}
          // The week view keeps the whole day but opens at 08:00, in a scroller of its own.
          scrollTime="08:00:00"
          height={viewType === 'timeGridWeek' ? 720 : 'auto'}
          timeZone="UTC"
          now={() => instantToWallClock(new Date().toISOString(), nowZone)}
          firstDay={1}
          dayMaxEvents
          nowIndicator
          eventDisplay="block"
          eventInteractive
          eventDurationEditable={false}
          defaultTimedEventDuration="00:30"
          eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
          slotLabelFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
          events={events}
          eventContent={(arg) => EventFace(arg, mixedZones)}
          datesSet={handleDatesSet}
          eventDrop={(arg) => void handleDrop(arg)}
          eventClick={handleClick}
          // A click on an empty day or time creates an item planned there, in the item editor.
          dateClick={({ date, allDay }) => {
            const persona = personaId ? `persona=${personaId}&` : '';
            // A day of the month grid is planned at the start of working hours.
            const planned = calendarDateToLocalTime(date).slice(0, allDay ? 10 : 16) + (allDay ? 'T09:00' : '');
            void navigate(`/content?${persona}edit=new&planned=${planned}`);
          }}
        />
      </Box>
      <PostDetailsModal post={openPost ?? null} onClose={() => setOpenPostId(null)} />
    </>
  );
}
