import { Group, Loader, Text } from '@mantine/core';
import { useNavigation } from 'react-router';
import { useWaitingForServer } from '../../lib/code-loading';

/** A page on its way; during an outage, calmly, that it opens once the server answers again. */
export function PageLoadStatus() {
  const navigation = useNavigation();
  const waiting = useWaitingForServer();
  if (waiting) {
    return (
      <Group gap={6} wrap="nowrap" role="status" title="The page opens as soon as the server answers again.">
        <Loader size="xs" color="orange" aria-hidden />
        <Text size="sm" c="dimmed" visibleFrom="xs">
          Waiting for the server…
        </Text>
      </Group>
    );
  }
  return navigation.state === 'loading' ? <Loader size="xs" aria-label="Loading page" /> : null;
}
