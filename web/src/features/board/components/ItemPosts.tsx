import { Button, Group, Stack, Text } from '@mantine/core';
import { Permalink } from '../../../components/ui/Permalink';
import { PostStateBadge } from '../../../components/ui/PostStateBadge';
import type { Platform, ScheduledPostState } from '../../../gql/graphql';
import { formatInstantPrecise } from '../../../lib/dates';
import { platformLabels } from '../../../lib/platforms';

export interface ItemPost {
  id: string;
  state: ScheduledPostState;
  runAt: string;
  publishedAt?: string | null;
  permalink?: string | null;
  lastError?: string | null;
  captionVariant?: string | null;
  channel: { id: string; platform: Platform; accountName: string };
}

interface ItemPostsProps {
  /** The item's current post on each channel (cross-posting: one per channel). */
  posts: readonly ItemPost[];
  timeZone: string;
  /** Retries a failed channel alone; absent while the item cannot be scheduled again. */
  onRetry?: (post: ItemPost) => void;
}

/** Where the item goes out: each channel's post, its state, time and link; a failed one can be retried. */
export function ItemPosts({ posts, timeZone, onRetry }: ItemPostsProps) {
  if (posts.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Not scheduled on a channel yet.
      </Text>
    );
  }
  return (
    <Stack gap="xs" component="ul" aria-label="Posts by channel" p={0} m={0} style={{ listStyle: 'none' }}>
      {posts.map((post) => {
        const where = `${platformLabels[post.channel.platform]} · ${post.channel.accountName}`;
        return (
          <Stack component="li" key={post.id} gap={2} aria-label={where}>
            <Group gap="xs" wrap="nowrap">
              <PostStateBadge state={post.state} />
              <Text size="sm" truncate>
                {where}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {post.publishedAt
                ? `Published ${formatInstantPrecise(post.publishedAt, timeZone)}`
                : `Due ${formatInstantPrecise(post.runAt, timeZone)}`}
              {post.captionVariant != null && ' · own caption'}
            </Text>
            {post.lastError && (
              <Text size="xs" c="red.8">
                {post.lastError}
              </Text>
            )}
            {post.permalink && <Permalink href={post.permalink} />}
            {post.state === 'FAILED' && onRetry && (
              <Button size="compact-xs" variant="light" style={{ alignSelf: 'flex-start' }} onClick={() => onRetry(post)}>
                Retry on {post.channel.accountName}
              </Button>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}
