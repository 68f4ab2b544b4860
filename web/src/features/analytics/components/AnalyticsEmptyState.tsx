import { Alert, Button, EmptyState, Group } from '@mantine/core';
import { notifications } from '../../../lib/notifications';
import { IconChartLine, IconWand } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { describeActionError } from '../../../lib/graphql-errors';
import { useSimulateHistory } from '../hooks/useSimulateHistory';

interface AnalyticsEmptyStateProps {
  personaId: string;
  /** The persona has no figures at all and a connected Sandbox channel to simulate them on. */
  canSimulate: boolean;
}

/** No measured posts in the period: when figures arrive, where to publish, or a simulated history to look at now. */
export function AnalyticsEmptyState({ personaId, canSimulate }: AnalyticsEmptyStateProps) {
  const { simulate, loading } = useSimulateHistory(personaId);
  const [error, setError] = useState<string | null>(null);

  async function fill() {
    setError(null);
    try {
      const posts = await simulate();
      notifications.show({ message: `Added ${posts} simulated Sandbox posts from the last six weeks` });
    } catch (caught) {
      setError(describeActionError(caught));
    }
  }

  return (
    <EmptyState
      icon={<IconChartLine />}
      title="No measured posts in this period yet"
      description={
        'Figures arrive about an hour after a post is published, and again after a day, a week and a month. ' +
        'Posts on the Sandbox channel get simulated figures, labelled as such.' +
        (canSimulate
          ? ' To see the dashboard at work now, fill it with six weeks of simulated Sandbox posts: they stay off the board, ' +
            'calendar and feed unless you show them there, and can be removed in one go.'
          : '')
      }
      py="xl"
    >
      <Group justify="center">
        {canSimulate && (
          <Button leftSection={<IconWand size={16} />} loading={loading} onClick={() => void fill()}>
            Fill with simulated history
          </Button>
        )}
        <Button component={Link} to={`/personas/${personaId}/channels`} variant="light">
          Publishing channels
        </Button>
      </Group>
      {error && (
        <Alert color="red" mt="md" title="Could not add simulated history">
          {error}
        </Alert>
      )}
    </EmptyState>
  );
}
