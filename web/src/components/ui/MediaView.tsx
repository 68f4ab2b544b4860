import { Badge, Box } from '@mantine/core';
import { IconPlayerPlayFilled } from '@tabler/icons-react';
import { formatDuration } from '../../lib/media-format';

export interface MediaValue {
  kind: 'IMAGE' | 'VIDEO';
  url: string;
  posterUrl?: string | null;
  durationSeconds?: number | null;
  altText?: string | null;
}

interface MediaViewProps {
  media: MediaValue;
  /** A video plays here (with controls); otherwise it shows its poster with its length. */
  playable?: boolean;
  fit?: 'cover' | 'contain';
  /** Leave out a video's length badge (a thumbnail too small for it says the length beside it). */
  bare?: boolean;
}

/** One image or video filling its frame: a video plays in place or shows its first frame and length. */
export function MediaView({ media, playable = false, fit = 'cover', bare = false }: MediaViewProps) {
  const style = { width: '100%', height: '100%', objectFit: fit, display: 'block' } as const;
  if (media.kind === 'IMAGE') return <img src={media.url} alt={media.altText ?? ''} style={style} loading="lazy" />;
  if (playable) {
    return (
      <video src={media.url} poster={media.posterUrl ?? undefined} controls playsInline preload="metadata" style={style} aria-label={media.altText || 'Video'} />
    );
  }
  return (
    <Box pos="relative" w="100%" h="100%">
      {media.posterUrl ? <img src={media.posterUrl} alt={media.altText || 'Video'} style={style} loading="lazy" /> : <Box w="100%" h="100%" bg="dark.6" />}
      {!bare && (
        <Badge
          pos="absolute"
          bottom={6}
          right={6}
          size="sm"
          color="dark"
          variant="filled"
          leftSection={<IconPlayerPlayFilled size={10} />}
          aria-label={`Video, ${formatDuration(media.durationSeconds ?? 0)}`}
        >
          {formatDuration(media.durationSeconds ?? 0)}
        </Badge>
      )}
    </Box>
  );
}
