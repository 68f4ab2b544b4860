import { Badge, Box, Image, Stack, Text } from '@mantine/core';
import type { CSSProperties, HTMLAttributes, Ref } from 'react';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { FormatBadge } from '../../../components/ui/FormatBadge';
import { formatInstant, formatSlot } from '../../../lib/dates';

export const gridTileFragment = graphql(`
  fragment GridTile_item on ContentItem {
    id
    title
    status
    scheduledAt
    publishedAt
    format
    media {
      position
    }
    asset {
      id
      url
      posterUrl
      prompt
    }
  }
`);

export type GridTileItem = FragmentType<typeof gridTileFragment>;

interface GridTileProps extends HTMLAttributes<HTMLDivElement> {
  item: GridTileItem;
  timeZone: string;
  tileRef?: Ref<HTMLDivElement>;
  dragStyle?: CSSProperties;
}

/** One post as the profile grid shows it: the image cropped to 3:4, with when it goes (or went) out. */
export function GridTile({ item: itemRef, timeZone, tileRef, dragStyle, ...handle }: GridTileProps) {
  const item = getFragmentData(gridTileFragment, itemRef);
  const published = item.status === 'POSTED';
  const when = published ? item.publishedAt : item.scheduledAt;
  const label = published ? 'Published' : item.status === 'SCHEDULED' ? 'Scheduled' : 'Planned';
  const title = item.title || 'Untitled';
  return (
    <Box
      ref={tileRef}
      {...handle}
      aria-label={`${title} · ${label}${when ? ` ${formatInstant(when, timeZone)}` : ''}`}
      pos="relative"
      style={{ aspectRatio: '3 / 4', overflow: 'hidden', borderRadius: 4, background: 'var(--mantine-color-default-hover)', ...dragStyle }}
    >
      {item.asset ? (
        // A video shows its first frame.
        <Image src={item.asset.posterUrl ?? item.asset.url} alt={item.asset.prompt || title} h="100%" w="100%" fit="cover" draggable={false} />
      ) : (
        // Room at the bottom for the badges, so a long title never runs under them.
        <Stack h="100%" justify="center" p="xs" pb={48}>
          <Text size="sm" ta="center" lineClamp={3} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Text>
        </Stack>
      )}
      {/* The profile grid marks carousels, Reels and Stories in a corner, as the platform does. */}
      <Box pos="absolute" top={4} right={4}>
        <FormatBadge format={item.format} count={item.media.length} />
      </Box>
      <Stack gap={2} pos="absolute" bottom={4} left={4} right={4} align="flex-start">
        <Badge size="xs" color={published ? 'green' : item.status === 'SCHEDULED' ? 'violet' : 'gray'} variant={published ? 'light' : 'filled'}>
          {label}
        </Badge>
        {when && !published && (
          <Badge size="xs" variant="white" color="dark" tt="none">
            {formatSlot(when, timeZone)}
          </Badge>
        )}
      </Stack>
    </Box>
  );
}
