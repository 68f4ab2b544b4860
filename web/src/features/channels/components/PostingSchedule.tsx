import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { formatInstant } from '../../../lib/dates';
import { PostingScheduleDialog } from './PostingScheduleDialog';
import { summarizeSlots, type Slot } from './posting-slots';

interface PostingScheduleProps {
  channelId: string;
  accountName: string;
  timeZone: string;
  slots: readonly Slot[];
  nextQueueTime: string | null | undefined;
}

/** The channel's posting schedule in one line, when the queue posts next, and its editor. */
export function PostingSchedule({ channelId, accountName, timeZone, slots, nextQueueTime }: PostingScheduleProps) {
  const [editing, setEditing] = useState(false);
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
      <Stack gap={0} style={{ minWidth: 0 }}>
        <Text size="sm">
          <Text span fw={500} size="sm">
            Posting schedule:{' '}
          </Text>
          {summarizeSlots(slots)}
        </Text>
        {nextQueueTime && (
          <Text size="xs" c="dimmed">
            Next free slot: {formatInstant(nextQueueTime, timeZone)}
          </Text>
        )}
      </Stack>
      <Button size="xs" variant="default" onClick={() => setEditing(true)} miw="max-content">
        {slots.length ? 'Edit schedule' : 'Set schedule'}
      </Button>
      {editing && (
        <PostingScheduleDialog channelId={channelId} accountName={accountName} timeZone={timeZone} slots={slots} onClose={() => setEditing(false)} />
      )}
    </Group>
  );
}
