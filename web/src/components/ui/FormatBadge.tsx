import { Badge } from '@mantine/core';
import { IconCarouselHorizontal, IconHistory, IconMovie } from '@tabler/icons-react';
import type { ContentFormat } from '../../gql/graphql';
import { FORMAT_LABELS } from '../../lib/media-format';

const ICONS = { CAROUSEL: IconCarouselHorizontal, REEL: IconMovie, STORY: IconHistory } as const;

/** The item's format where it is not a plain feed post: Carousel (with its count), Reel or Story. */
export function FormatBadge({ format, count }: { format: ContentFormat; count?: number }) {
  if (format === 'POST') return null;
  const Icon = ICONS[format];
  const label = format === 'CAROUSEL' && count ? `${FORMAT_LABELS[format]} · ${count}` : FORMAT_LABELS[format];
  return (
    <Badge size="xs" variant="light" color="indigo" leftSection={<Icon size={11} />} data-format={format} style={{ flexShrink: 0 }}>
      {label}
    </Badge>
  );
}
