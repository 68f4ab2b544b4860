import { useQuery } from '@apollo/client/react';
import { Button, EmptyState, Grid, Stack } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { graphql } from '../../../gql/gql';
import { LiveFeed } from '../components/LiveFeed';
import { RecentFailures } from '../components/RecentFailures';
import { StatusCountsTable } from '../components/StatusCountsTable';
import { UpcomingItems } from '../components/UpcomingItems';
import { useDashboardLive } from '../hooks/useDashboardLive';

const dashboardPageQuery = graphql(`
  query DashboardPage($now: DateTime!) {
    personas(first: 100) {
      nodes {
        id
        ...StatusCountsTable_persona
      }
    }
    upcoming: contentItems(
      filter: { status: [SCHEDULED], scheduledFrom: $now }
      orderBy: SCHEDULED_AT_ASC
      first: 10
    ) {
      nodes {
        id
        ...UpcomingItems_item
      }
    }
    failures: contentItems(filter: { status: [FAILED] }, orderBy: CREATED_AT_DESC, first: 10) {
      totalCount
      nodes {
        id
        ...RecentFailures_item
      }
    }
  }
`);

// "Upcoming" starts at the current minute: whole minutes keep the variables (and the cache
// entry) the same across refreshes within a minute.
const currentMinute = () => new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString();

export function DashboardRoute() {
  const [now, setNow] = useState(currentMinute);
  const { data, previousData, error, refetch } = useQuery(dashboardPageQuery, { variables: { now } });

  const refresh = useCallback(() => {
    const latest = currentMinute();
    // New variables fetch by themselves; the same ones need an explicit refetch.
    if (latest !== now) setNow(latest);
    else void refetch();
  }, [now, refetch]);
  const { feed } = useDashboardLive(refresh);
  const shown = data ?? previousData;

  if (error && !shown) return <QueryError error={error} onRetry={refresh} />;
  if (!shown) return <PageLoader rows={3} />;

  const personas = shown.personas.nodes;
  return (
    <>
      <PageHeader title="Dashboard" description="Where content stands across your personas, updated as it changes." />
      {error && <QueryError error={error} onRetry={refresh} title="Could not refresh the dashboard" />}
      {personas.length === 0 ? (
        <EmptyState
          icon={<IconUsers />}
          title="No personas yet"
          description="Create a persona (or the demo persona) to see its content here."
          py="xl"
        >
          <Button component={Link} to="/personas">
            Go to personas
          </Button>
        </EmptyState>
      ) : (
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 8 }}>
            <Stack gap="md">
              <StatusCountsTable personas={personas} />
              <UpcomingItems items={shown.upcoming.nodes} />
              <RecentFailures items={shown.failures.nodes} totalCount={shown.failures.totalCount} />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 4 }}>
            <LiveFeed events={feed} />
          </Grid.Col>
        </Grid>
      )}
    </>
  );
}
