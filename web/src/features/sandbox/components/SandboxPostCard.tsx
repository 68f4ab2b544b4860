import { Avatar, Badge, Box, Group, Paper, Stack, Text } from '@mantine/core';
import { AssetImage } from '../../../components/ui/AssetImage';
import { FormatBadge } from '../../../components/ui/FormatBadge';
import { Hashtags } from '../../../components/ui/Hashtags';
import { MediaCarousel } from '../../../components/ui/MediaCarousel';
import { MediaView } from '../../../components/ui/MediaView';
import type { SandboxPostCard_PostFragment } from '../../../gql/graphql';
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
    format
    expiresAt
    media {
      position
      altText
      asset {
        id
        kind
        url
        posterUrl
        durationSeconds
      }
    }
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

/**
 * The post's media as the platform shows its format: a carousel to swipe through, a Reel or
 * Story full height (9:16) with its video playing in place, a feed post's image as it is.
 */
function SandboxMedia({ post }: { post: SandboxPostCard_PostFragment }) {
  const media = post.media.map((entry) => ({ ...entry.asset, altText: entry.altText }));
  if (!media.length) return null;
  if (post.format === 'CAROUSEL') {
    return (
      <Box maw={420}>
        <MediaCarousel media={media} aspectRatio={4 / 5} playable />
      </Box>
    );
  }
  if (post.format === 'REEL' || post.format === 'STORY') {
    return (
      <Box maw={300} style={{ aspectRatio: '9 / 16', overflow: 'hidden', borderRadius: 'var(--mantine-radius-md)', background: 'black' }}>
        <MediaView media={media[0]!} playable fit="contain" />
      </Box>
    );
  }
  const [first] = media;
  return first!.kind === 'VIDEO' ? <MediaView media={first!} playable /> : post.asset ? <AssetImage asset={post.asset} maxHeight={520} /> : null;
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
          <FormatBadge format={post.format} count={post.media.length} />
          {post.expiresAt && (
            <Badge variant="light" color="pink" miw="max-content" title={formatInstant(post.expiresAt, persona.timeZone)}>
              Gone {formatRelative(post.expiresAt)}
            </Badge>
          )}
          <Badge variant="light" color="orange" miw="max-content">
            Sandbox
          </Badge>
        </Group>
        <SandboxMedia post={post} />
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {post.caption}
        </Text>
        <Hashtags tags={post.hashtags} />
      </Stack>
    </Paper>
  );
}
