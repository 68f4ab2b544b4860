import { Avatar, Box, Paper, Stack, Text } from '@mantine/core';
import type { ContentFormat } from '../../gql/graphql';
import { initialsOf } from '../../lib/initials';
import { formatAspect } from '../../lib/media-format';
import { MediaCarousel } from './MediaCarousel';
import { MediaView, type MediaValue } from './MediaView';
import { captionParts, foldCaption, platformFrames, type PreviewPlatform } from '../../lib/post-preview';

interface PostPreviewProps {
  platform: PreviewPlatform;
  handle: string;
  name: string;
  caption: string;
  imageUrl: string | null;
  /** What the item is (a feed post when not given) and its media in order. */
  format?: ContentFormat;
  media?: MediaValue[];
}

/** The post as the platform's feed shows it: the image cropped to its frame, the caption folded. */
export function PostPreview({ platform, handle, name, caption, imageUrl, format = 'POST', media = [] }: PostPreviewProps) {
  const frame = platformFrames[platform];
  const aspect = formatAspect(format, frame.aspectRatio);
  const { shown, more } = foldCaption(caption, frame.captionPreviewLength);
  return (
    <Paper withBorder radius="md" maw={340} aria-label="Post preview" role="figure">
      <Stack gap={6} p="xs">
        <Box style={{ display: 'flex', alignItems: 'center', gap: 8 }}>
          <Avatar size="sm" radius="xl" color="grape">
            {initialsOf(name)}
          </Avatar>
          <Text size="sm" fw={600}>
            {handle}
          </Text>
        </Box>
      </Stack>
      {format === 'CAROUSEL' && media.length > 1 ? (
        <MediaCarousel media={media} aspectRatio={aspect} />
      ) : (
        <Box
          style={{ aspectRatio: String(aspect), background: 'var(--mantine-color-default-hover)', overflow: 'hidden' }}
          data-aspect={aspect.toFixed(2)}
          data-format={format}
        >
          {media[0] && media[0].kind === 'VIDEO' ? (
            <MediaView media={media[0]} playable />
          ) : imageUrl ? (
            <img src={imageUrl} alt="" style={{ width: '100%', height: '100%', objectFit: 'cover', display: 'block' }} />
          ) : (
            <Text size="xs" c="dimmed" ta="center" pt="xl">
              No image
            </Text>
          )}
        </Box>
      )}
      <Text size="sm" p="xs" style={{ overflowWrap: 'anywhere' }} data-testid="preview-caption">
        <Text span fw={600} size="sm">
          {handle}{' '}
        </Text>
        {captionParts(shown).map((part, index) =>
          part.hashtag ? (
            <Text span key={index} c="blue" size="sm">
              {part.text}
            </Text>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
        {more && (
          <Text span c="dimmed" size="sm">
            … more
          </Text>
        )}
      </Text>
    </Paper>
  );
}
