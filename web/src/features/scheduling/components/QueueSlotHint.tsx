import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { formatInstant } from '../../../lib/dates';
import { channelsPath } from '../../../lib/publishing';

interface QueueSlotHintProps {
  personaId: string;
  timeZone: string;
  /** The picked channel's next free posting slot; null when it has none; undefined before a channel is picked. */
  nextQueueTime: string | null | undefined;
}

/** Where "Add to queue" would put the post, or how to give the channel a posting schedule. */
export function QueueSlotHint({ personaId, timeZone, nextQueueTime }: QueueSlotHintProps) {
  if (nextQueueTime === undefined) return null;
  if (nextQueueTime === null) {
    return (
      <Text size="xs" c="dimmed">
        This channel has no free posting slot.{' '}
        <Anchor component={Link} to={channelsPath(personaId)} size="xs">
          Set its posting schedule
        </Anchor>{' '}
        to use the queue.
      </Text>
    );
  }
  return (
    <Text size="xs" c="dimmed">
      Next free slot in the queue: {formatInstant(nextQueueTime, timeZone)}
    </Text>
  );
}
