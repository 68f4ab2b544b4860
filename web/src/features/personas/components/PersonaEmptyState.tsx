import { Button, EmptyState, Group } from '@mantine/core';
import { IconSparkles, IconUserPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { CreateDemoPersonaButton } from './CreateDemoPersonaButton';

/** A new account has nothing to show yet: offer a ready-made persona or a blank one. */
export function PersonaEmptyState() {
  return (
    <EmptyState
      icon={<IconSparkles />}
      title="No personas yet"
      description="A persona is a consistent creator identity you plan content for. Start from a demo with a plan and content items, or create your own."
      py="xl"
    >
      <Group justify="center" mt="md">
        <CreateDemoPersonaButton />
        <Button component={Link} to="/personas/new" variant="light" leftSection={<IconUserPlus size={16} />}>
          New persona
        </Button>
      </Group>
    </EmptyState>
  );
}
