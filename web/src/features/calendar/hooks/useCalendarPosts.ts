import { skipToken, useQuery, useSubscription } from '@apollo/client/react';
import { useDebouncedCallback } from '@mantine/hooks';
import { useMemo } from 'react';
import { getFragmentData } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { calendarPostFragment } from '../components/calendar-post';

const calendarPostsQuery = graphql(`
  query CalendarPosts($filter: ScheduledPostFilter!) {
    scheduledPosts(filter: $filter) {
      id
      ...CalendarPost_post
    }
  }
`);

const calendarPostUpdatedSubscription = graphql(`
  subscription CalendarPostUpdated($personaId: ID) {
    scheduledPostUpdated(personaId: $personaId) {
      id
      ...CalendarPost_post
    }
  }
`);

interface CalendarPostsOptions {
  /** One persona's posts, or null for all of the viewer's. */
  personaId: string | null;
  /** The instants the visible range covers; null until the calendar has laid out its first view. */
  range: { from: string; to: string } | null;
  /** Show the posts of simulated histories too. */
  includeSimulated: boolean;
}

/**
 * The posts of the visible range, kept live: an event updates its post in the normalized
 * cache, and a post the list does not hold yet (scheduled elsewhere) fetches the range again.
 * After a dropped live connection the client refetches every active query.
 */
export function useCalendarPosts({ personaId, range, includeSimulated }: CalendarPostsOptions) {
  const { data, previousData, error, refetch } = useQuery(
    calendarPostsQuery,
    range ? { variables: { filter: { personaId, from: range.from, to: range.to, includeSimulated } } } : skipToken,
  );
  const shown = data ?? previousData;
  const posts = useMemo(() => getFragmentData(calendarPostFragment, shown?.scheduledPosts ?? []), [shown]);
  const refetchSoon = useDebouncedCallback(() => void refetch(), 300);

  useSubscription(calendarPostUpdatedSubscription, {
    variables: { personaId },
    onData: ({ data: event }) => {
      const post = event.data?.scheduledPostUpdated;
      if (post && !posts.some((known) => known.id === post.id)) refetchSoon();
    },
  });

  return { posts, loading: !data && !error, error, refetch };
}
