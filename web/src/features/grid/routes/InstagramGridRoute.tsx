import { useQuery } from '@apollo/client/react';
import { Anchor, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../../components/ui/NotFound';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { graphql } from '../../../gql/gql';
import { calendarPath, channelsPath } from '../../../lib/publishing';
import { InstagramGrid, type GridEntry } from '../components/InstagramGrid';

const instagramGridPageQuery = graphql(`
  query InstagramGridPage($personaId: ID!, $upcoming: ContentItemFilter!, $publishedFrom: DateTime!, $publishedTo: DateTime!) {
    persona(id: $personaId) {
      id
      name
      handle
      timeZone
    }
    upcoming: contentItems(filter: $upcoming, orderBy: SCHEDULED_AT_ASC, first: 60) {
      nodes {
        id
        scheduledAt
        ...GridTile_item
      }
    }
    published: scheduledPosts(filter: { personaId: $personaId, from: $publishedFrom, to: $publishedTo, states: [PUBLISHED] }) {
      id
      publishedAt
      item {
        id
        platform
        ...GridTile_item
      }
    }
  }
`);

const DAY_MS = 86_400_000;
/** The calendar query spans at most 100 days; the grid shows what went out in that time. */
const PUBLISHED_DAYS = 99;

/** The window the page asks for, fixed when it opens so the query stays the same while it is shown. */
function windowFromNow() {
  const now = Date.now();
  return { from: new Date(now).toISOString(), publishedFrom: new Date(now - PUBLISHED_DAYS * DAY_MS).toISOString(), publishedTo: new Date(now + 60_000).toISOString() };
}

/** A persona's Instagram profile as it will look; dragging upcoming posts reorders when they go out. */
export function InstagramGridRoute() {
  const { personaId = '' } = useParams();
  const [range] = useState(windowFromNow);
  const { data, error, refetch } = useQuery(instagramGridPageQuery, {
    variables: {
      personaId,
      upcoming: { personaId, platform: ['INSTAGRAM'], status: ['IDEA', 'DRAFT', 'READY', 'SCHEDULED'], scheduledFrom: range.from },
      publishedFrom: range.publishedFrom,
      publishedTo: range.publishedTo,
    },
    fetchPolicy: 'cache-and-network',
  });

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader rows={3} />;
  if (!data.persona) return <NotFound what="persona" />;

  const { persona } = data;
  // Latest first, as the profile shows them; sorted here so a reorder's new times re-sort the grid at once.
  const upcoming: GridEntry[] = [...data.upcoming.nodes]
    .sort((a, b) => Date.parse(b.scheduledAt!) - Date.parse(a.scheduledAt!))
    .map((node) => ({ id: node.id, item: node }));
  // A cross-posted item went out on several channels: it is one tile, where it first went out.
  const seen = new Set<string>();
  const published: GridEntry[] = data.published
    .filter((post) => post.item.platform === 'INSTAGRAM')
    .sort((a, b) => Date.parse(a.publishedAt ?? '') - Date.parse(b.publishedAt ?? ''))
    .filter((post) => seen.size < seen.add(post.item.id).size)
    .reverse()
    .map((post) => ({ id: post.id, item: post.item }));

  return (
    <>
      <PageHeader
        title={`${persona.name}: Instagram grid`}
        description={
          <>
            <Anchor component={Link} to={`/personas/${persona.id}`} size="sm">
              @{persona.handle}
            </Anchor>
            {' · '}
            <Anchor component={Link} to={calendarPath(persona.id)} size="sm">
              Calendar
            </Anchor>
            {' · '}
            <Anchor component={Link} to={channelsPath(persona.id)} size="sm">
              Channels
            </Anchor>
          </>
        }
      />
      <Text size="sm" c="dimmed" mb="sm" maw={620}>
        Upcoming Instagram posts (planned and scheduled) come first, latest at the top left, then what went out in the last{' '}
        {PUBLISHED_DAYS} days. Drag an upcoming post to another place, or focus it and use the arrow keys after Space: the posts
        trade their times, so the grid’s order is the order they go out in. Times are in {persona.timeZone}.
      </Text>
      <InstagramGrid personaId={persona.id} timeZone={persona.timeZone} upcoming={upcoming} published={published} />
    </>
  );
}
