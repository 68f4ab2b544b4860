import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { describeError } from '../../lib/graphql-errors';

interface QueryErrorProps {
  error: unknown;
  onRetry: () => void;
  title?: string;
}

/** A failed load, explained, with a way to try again. */
export function QueryError({ error, onRetry, title = 'Could not load this page' }: QueryErrorProps) {
  return (
    <Alert color="red" variant="light" title={title} icon={<IconAlertTriangle />} role="alert">
      <Group justify="space-between" gap="sm">
        <Text size="sm">{describeError(error).message}</Text>
        <Button size="xs" variant="white" color="red" onClick={onRetry}>
          Retry
        </Button>
      </Group>
    </Alert>
  );
}
