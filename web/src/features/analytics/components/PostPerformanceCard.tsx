import { Anchor, Box, Group, Image, Stack, Text } from '@mantine/core';
import { IconPhotoOff } from '@tabler/icons-react';
import { Link } from 'react-router';
import { SimulatedBadge } from '../../../components/ui/SimulatedBadge';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { formatCount, formatRate } from '../../../lib/analytics-format';
import { formatInstant } from '../../../lib/dates';
import { platformLabels } from '../../../lib/platforms';

export const postPerformanceCardFragment = graphql(`
  fragment PostPerformanceCard_post on PostPerformance {
    platform
    publishedAt
    reach
    views
    totalInteractions
    engagementRate
    simulated
    item {
      id
      title
      caption
      asset {
        id
        url
        prompt
      }
    }
  }
`);

interface PostPerformanceCardProps {
  post: FragmentType<typeof postPerformanceCardFragment>;
  personaId: string;
  timeZone: string;
}

function Thumbnail({ url, alt }: { url: string | undefined; alt: string }) {
  if (!url) {
    return (
      <Box w={64} h={64} bg="var(--mantine-color-default-hover)" style={{ borderRadius: 6, display: 'grid', placeItems: 'center', flexShrink: 0 }}>
        <IconPhotoOff size={20} color="var(--mantine-color-gray-5)" aria-label="No image" />
      </Box>
    );
  }
  return <Image src={url} alt={alt} w={64} h={64} fit="cover" radius="sm" loading="lazy" style={{ flexShrink: 0 }} />;
}

/** One measured post: its image, caption and figures, linking to the item on the board. */
export function PostPerformanceCard({ personaId, timeZone, ...props }: PostPerformanceCardProps) {
  const post = getFragmentData(postPerformanceCardFragment, props.post);
  const { item } = post;
  return (
    <Group gap="sm" align="flex-start" wrap="nowrap">
      <Thumbnail url={item.asset?.url} alt={item.asset?.prompt || `Image of ${item.title}`} />
      <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
        <Group gap="xs" wrap="nowrap" justify="space-between">
          <Anchor component={Link} to={`/personas/${personaId}/board?item=${item.id}`} fw={600} size="sm" truncate>
            {item.title}
          </Anchor>
          {post.simulated && <SimulatedBadge size="xs" />}
        </Group>
        <Text size="xs" c="dimmed" lineClamp={2}>
          {item.caption || 'No caption'}
        </Text>
        <Text size="xs">
          <Text span fw={700}>
            {formatRate(post.engagementRate)}
          </Text>{' '}
          engagement · {formatCount(post.reach)} reached · {formatCount(post.totalInteractions)} interactions ·{' '}
          {formatCount(post.views)} views
        </Text>
        <Text size="xs" c="dimmed">
          {platformLabels[post.platform]} · {formatInstant(post.publishedAt, timeZone)}
        </Text>
      </Stack>
    </Group>
  );
}
