import { Badge, Box, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { StatusBadge } from '../../../components/ui/StatusBadge';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';

export const liveFeedEventFragment = graphql(`
  fragment LiveFeed_event on ContentItemStatusEvent {
    previousStatus
    newStatus
    changedAt
    item {
      id
      title
      persona {
        id
        handle
      }
    }
    change {
      id
      actor {
        kind
        name
      }
    }
  }
`);

export type LiveFeedEvent = FragmentType<typeof liveFeedEventFragment>;

function FeedLine({ event: eventRef }: { event: LiveFeedEvent }) {
  const event = getFragmentData(liveFeedEventFragment, eventRef);
  const { actor } = event.change;
  return (
    <Stack gap={2}>
      <Group gap={6} wrap="nowrap" justify="space-between">
        <Text size="sm" fw={500} truncate>
          {event.item.title || 'Untitled'}
        </Text>
        <Text component="time" dateTime={event.changedAt} size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
          {dayjs(event.changedAt).format('HH:mm:ss')}
        </Text>
      </Group>
      <Group gap={6}>
        <Text size="xs" c="dimmed">
          @{event.item.persona.handle}
        </Text>
        {event.previousStatus && (
          <>
            <StatusBadge status={event.previousStatus} />
            <IconArrowRight size={12} aria-label="to" />
          </>
        )}
        <StatusBadge status={event.newStatus} />
      </Group>
      <Group gap={4}>
        <Text size="xs" c="dimmed">
          by {actor.name}
        </Text>
        {actor.kind === 'PROCESS' && (
          <Badge size="xs" variant="outline" color="gray">
            Process
          </Badge>
        )}
      </Group>
    </Stack>
  );
}

/** Status changes as they happen, newest first. */
export function LiveFeed({ events }: { events: ReadonlyArray<{ key: string; event: LiveFeedEvent }> }) {
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb="sm">
        Live feed
      </Title>
      {events.length === 0 && (
        <Text size="sm" c="dimmed">
          Waiting for status changes. Moves on the board, by your teammates or by the publisher appear here as they
          happen.
        </Text>
      )}
      <Box component="ol" aria-label="Live feed" p={0} m={0} style={{ listStyle: 'none' }}>
        {events.map(({ key, event }) => (
          <Box component="li" key={key} py={6} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
            <FeedLine event={event} />
          </Box>
        ))}
      </Box>
    </Paper>
  );
}
