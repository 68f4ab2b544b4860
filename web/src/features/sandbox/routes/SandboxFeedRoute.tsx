import { useQuery, useSubscription } from '@apollo/client/react';
import { Anchor, Stack, Text } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../../components/ui/NotFound';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PageLoader } from '../../../components/ui/PageLoader';
import { ShowSimulatedSwitch } from '../../../components/ui/ShowSimulatedSwitch';
import { QueryError } from '../../../components/ui/QueryError';
import { graphql } from '../../../gql/gql';
import { calendarPath, channelsPath } from '../../../lib/publishing';
import { useShowSimulated } from '../../../lib/show-simulated';
import { SandboxPostCard } from '../components/SandboxPostCard';
import { useScrollToHash } from '../hooks/useScrollToHash';

const sandboxFeedPageQuery = graphql(`
  query SandboxFeedPage($personaId: ID!, $includeSimulated: Boolean!) {
    persona(id: $personaId) {
      id
      name
      handle
      timeZone
    }
    sandboxFeed(personaId: $personaId, first: 50, includeSimulated: $includeSimulated) {
      id
      ...SandboxPostCard_post
    }
  }
`);

const sandboxPostPublishedSubscription = graphql(`
  subscription SandboxPostPublished($personaId: ID!) {
    scheduledPostUpdated(personaId: $personaId) {
      id
      state
    }
  }
`);

/** What the persona's Sandbox channel published, newest first, as a feed; new posts appear live. */
export function SandboxFeedRoute() {
  const { personaId = '' } = useParams();
  const [showSimulated, setShowSimulated] = useShowSimulated();
  const { data, previousData, error, refetch } = useQuery(sandboxFeedPageQuery, {
    variables: { personaId, includeSimulated: showSimulated },
    fetchPolicy: 'cache-and-network',
  });
  const refetchSoon = useDebouncedCallback(() => void refetch(), 300);
  useSubscription(sandboxPostPublishedSubscription, {
    variables: { personaId },
    onData: ({ data: event }) => {
      if (event.data?.scheduledPostUpdated.state === 'PUBLISHED') refetchSoon();
    },
  });
  // Keep the feed on screen while the switch's other list loads.
  const shown = data ?? previousData;
  const target = useScrollToHash(Boolean(shown?.sandboxFeed.length));

  if (error && !shown) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!shown) return <PageLoader rows={3} />;
  if (!shown.persona) return <NotFound what="persona" />;

  const { persona, sandboxFeed } = shown;
  return (
    <Stack maw={560} mx="auto" gap="md">
      <PageHeader
        title={`${persona.name}: Sandbox feed`}
        description={
          <>
            {'Posts the built-in Sandbox channel published, as followers would see them. '}
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
      <ShowSimulatedSwitch checked={showSimulated} onChange={setShowSimulated} />
      {sandboxFeed.length === 0 ? (
        <Text c="dimmed" size="sm">
          Nothing published yet. Connect the Sandbox channel and schedule a ready item on it.
        </Text>
      ) : (
        <Stack gap="md" role="feed" aria-label="Sandbox posts">
          {sandboxFeed.map((post) => (
            <SandboxPostCard key={post.id} post={post} persona={persona} highlighted={target === `post-${post.id}`} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
