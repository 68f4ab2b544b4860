import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { formatInstant } from '../../../lib/dates';
import { platformLabels } from '../../../lib/platforms';

const upcomingItemFragment = graphql(`
  fragment UpcomingItems_item on ContentItem {
    id
    title
    platform
    scheduledAt
    persona {
      id
      handle
      timeZone
    }
  }
`);

/** The next items due to go out, soonest first, each in its persona's time zone. */
export function UpcomingItems({ items: itemRefs }: { items: ReadonlyArray<FragmentType<typeof upcomingItemFragment>> }) {
  const items = getFragmentData(upcomingItemFragment, itemRefs);
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb="sm">
        Upcoming
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          Nothing scheduled. Move a ready item to Scheduled on the board.
        </Text>
      ) : (
        <Stack gap="xs" component="ul" aria-label="Upcoming scheduled items" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <Group component="li" key={item.id} justify="space-between" wrap="nowrap" gap="sm">
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor component={Link} to={`/personas/${item.persona.id}/board?item=${item.id}`} size="sm" truncate>
                  {item.title || 'Untitled'}
                </Anchor>
                <Text size="xs" c="dimmed" truncate>
                  @{item.persona.handle} · {platformLabels[item.platform]}
                </Text>
              </Stack>
              {item.scheduledAt && (
                <Text size="xs" ta="right" style={{ whiteSpace: 'nowrap' }} title={item.persona.timeZone}>
                  {formatInstant(item.scheduledAt, item.persona.timeZone)}
                </Text>
              )}
            </Group>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
