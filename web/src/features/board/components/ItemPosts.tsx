import { Group, Stack, Text } from '@mantine/core';
import { Permalink } from '../../../components/ui/Permalink';
import { PostStateBadge } from '../../../components/ui/PostStateBadge';
import type { ScheduledPostState } from '../../../gql/graphql';
import { formatInstantPrecise } from '../../../lib/dates';

export interface ItemPost {
  id: string;
  state: ScheduledPostState;
  runAt: string;
  publishedAt?: string | null;
  permalink?: string | null;
  lastError?: string | null;
  channel: { id: string; accountName: string };
}

/** The item's publishing jobs, newest first: where, when, how it went and where it is now. */
export function ItemPosts({ posts, timeZone }: { posts: readonly ItemPost[]; timeZone: string }) {
  if (posts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Not scheduled on a channel yet.
      </Text>
    );
  }
  return (
    <Stack gap="xs" component="ul" aria-label="Publishing jobs" p={0} m={0} style={{ listStyle: 'none' }}>
      {posts.map((post) => (
          <Stack component="li" key={post.id} gap={2}>
            <Group gap="xs" wrap="nowrap">
              <PostStateBadge state={post.state} />
              <Text size="sm" truncate>
                {post.channel.accountName}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {post.publishedAt
                ? `Published ${formatInstantPrecise(post.publishedAt, timeZone)}`
                : `Due ${formatInstantPrecise(post.runAt, timeZone)}`}
            </Text>
            {post.lastError && (
              <Text size="xs" c="red.8">
                {post.lastError}
              </Text>
            )}
            {post.permalink && <Permalink href={post.permalink} />}
          </Stack>
      ))}
    </Stack>
  );
}
