import { Avatar, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { AssetImage } from '../../../components/ui/AssetImage';
import { Hashtags } from '../../../components/ui/Hashtags';
import { SimulatedBadge } from '../../../components/ui/SimulatedBadge';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { formatInstant, formatRelative } from '../../../lib/dates';

const sandboxPostCardFragment = graphql(`
  fragment SandboxPostCard_post on SandboxPost {
    id
    caption
    hashtags
    publishedAt
    permalink
    simulated
    asset {
      id
      url
      width
      height
      prompt
    }
    item {
      id
      title
    }
  }
`);

interface SandboxPostCardProps {
  post: FragmentType<typeof sandboxPostCardFragment>;
  persona: { name: string; handle: string; timeZone: string };
  highlighted: boolean;
}

/** One published post as followers would see it; its element id is the permalink's anchor. */
export function SandboxPostCard({ post: postRef, persona, highlighted }: SandboxPostCardProps) {
  const post = getFragmentData(sandboxPostCardFragment, postRef);
  return (
    <Paper
      component="article"
      id={`post-${post.id}`}
      aria-label={post.item?.title || `Post of ${formatInstant(post.publishedAt, persona.timeZone)}`}
      withBorder
      radius="md"
      p="md"
      shadow={highlighted ? 'md' : undefined}
      style={{
        scrollMarginTop: 72,
        borderColor: highlighted ? 'var(--mantine-color-grape-5)' : undefined,
      }}
    >
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap">
          <Avatar color="grape" radius="xl" aria-hidden>
            {persona.name.slice(0, 1)}
          </Avatar>
          <Stack gap={0} style={{ minWidth: 0, flex: 1 }}>
            <Text fw={600} size="sm" truncate>
              @{persona.handle}
            </Text>
            <Text size="xs" c="dimmed" title={`${formatInstant(post.publishedAt, persona.timeZone)} (${persona.timeZone})`}>
              <time dateTime={post.publishedAt}>{formatRelative(post.publishedAt)}</time> ·{' '}
              {formatInstant(post.publishedAt, persona.timeZone)}
            </Text>
          </Stack>
          {post.simulated && <SimulatedBadge />}
          <Badge variant="light" color="orange" miw="max-content">
            Sandbox
          </Badge>
        </Group>
        {post.asset && <AssetImage asset={post.asset} maxHeight={520} />}
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {post.caption}
        </Text>
        <Hashtags tags={post.hashtags} />
      </Stack>
    </Paper>
  );
}
