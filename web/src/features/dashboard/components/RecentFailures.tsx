import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { platformLabels } from '../../../lib/platforms';

const recentFailureFragment = graphql(`
  fragment RecentFailures_item on ContentItem {
    id
    title
    platform
    failureReason
    persona {
      id
      handle
    }
  }
`);

interface RecentFailuresProps {
  items: ReadonlyArray<FragmentType<typeof recentFailureFragment>>;
  totalCount: number;
}

/** Items publishing could not post, with the reason, so someone can fix and retry them. */
export function RecentFailures({ items: itemRefs, totalCount }: RecentFailuresProps) {
  const items = getFragmentData(recentFailureFragment, itemRefs);
  return (
    <Paper withBorder radius="md" p="md">
      <Title order={2} size="h4" mb="sm">
        Failures{totalCount > 0 ? ` (${totalCount})` : ''}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No failed posts.
        </Text>
      ) : (
        <Stack gap="sm" component="ul" aria-label="Failed items" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((item) => (
            <Stack component="li" key={item.id} gap={0}>
              <Anchor component={Link} to={`/personas/${item.persona.id}/board?item=${item.id}`} size="sm">
                {item.title || 'Untitled'}
              </Anchor>
              <Text size="xs" c="dimmed">
                @{item.persona.handle} · {platformLabels[item.platform]}
              </Text>
              <Text size="xs" c="red.8">
                {item.failureReason ?? 'No reason recorded'}
              </Text>
            </Stack>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
