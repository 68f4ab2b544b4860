import { Button, EmptyState } from '@mantine/core';
import { IconChartLine } from '@tabler/icons-react';
import { Link } from 'react-router';

/** No measured posts in the period: when figures arrive, and where to publish to get some. */
export function AnalyticsEmptyState({ personaId }: { personaId: string }) {
  return (
    <EmptyState
      icon={<IconChartLine />}
      title="No measured posts in this period yet"
      description={
        'Figures arrive about an hour after a post is published, and again after a day, a week and a month. ' +
        'Posts on the Sandbox channel get simulated figures, labelled as such.'
      }
      py="xl"
    >
      <Button component={Link} to={`/personas/${personaId}/channels`} variant="light">
        Publishing channels
      </Button>
    </EmptyState>
  );
}
