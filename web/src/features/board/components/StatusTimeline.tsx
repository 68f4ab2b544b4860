import { Badge, Box, Group, Stack, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { StatusBadge } from '../../../components/ui/StatusBadge';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { formatInstant } from '../../../lib/dates';

export const statusTimelineChangeFragment = graphql(`
  fragment StatusTimeline_change on StatusChange {
    id
    from
    to
    changedAt
    reason
    actor {
      kind
      name
    }
  }
`);

interface StatusTimelineProps {
  changes: ReadonlyArray<FragmentType<typeof statusTimelineChangeFragment>>;
  /** The persona's zone, the one its schedule is planned in. */
  timeZone: string;
}

/** Every status the item has had, oldest first: the move, when, who, and why. */
export function StatusTimeline({ changes: changeRefs, timeZone }: StatusTimelineProps) {
  const changes = getFragmentData(statusTimelineChangeFragment, changeRefs);
  return (
    <Box component="ol" aria-label="Status history" p={0} m={0} style={{ listStyle: 'none' }}>
      {changes.map((change) => (
        <Box
          component="li"
          key={change.id}
          pl="sm"
          py={6}
          style={{ borderLeft: '2px solid var(--mantine-color-default-border)' }}
        >
          <Stack gap={2}>
            <Group gap={6}>
              {change.from ? (
                <>
                  <StatusBadge status={change.from} />
                  <IconArrowRight size={14} aria-label="to" />
                </>
              ) : (
                <Text size="xs">Created as</Text>
              )}
              <StatusBadge status={change.to} />
            </Group>
            <Group gap={6}>
              <Text size="xs" c="dimmed">
                {formatInstant(change.changedAt, timeZone)} · {change.actor.name}
              </Text>
              {change.actor.kind === 'PROCESS' && (
                <Badge size="xs" variant="outline" color="gray">
                  Process
                </Badge>
              )}
            </Group>
            {change.reason && (
              <Text size="xs" fs="italic">
                {change.reason}
              </Text>
            )}
          </Stack>
        </Box>
      ))}
    </Box>
  );
}
