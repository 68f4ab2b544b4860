import { Button, EmptyState, Group } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconSparkles, IconUserPlus } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router';
import { describeError } from '../../../lib/graphql-errors';
import { useCreateDemoPersona } from '../hooks/useCreateDemoPersona';

/** A new account has nothing to show yet: offer a ready-made persona or a blank one. */
export function PersonaEmptyState() {
  const navigate = useNavigate();
  const { createDemoPersona, loading } = useCreateDemoPersona();

  async function createDemo() {
    try {
      const id = await createDemoPersona();
      if (id) void navigate(`/personas/${id}`);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Could not create the demo persona',
        message: describeError(error).message,
      });
    }
  }

  return (
    <EmptyState
      icon={<IconSparkles />}
      title="No personas yet"
      description="A persona is a consistent creator identity you plan content for. Start from a demo with a plan and content items, or create your own."
      py="xl"
    >
      <Group justify="center" mt="md">
        <Button leftSection={<IconSparkles size={16} />} loading={loading} onClick={() => void createDemo()}>
          Create demo persona
        </Button>
        <Button component={Link} to="/personas/new" variant="light" leftSection={<IconUserPlus size={16} />}>
          New persona
        </Button>
      </Group>
    </EmptyState>
  );
}
