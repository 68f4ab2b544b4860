import { ActionIcon, Box, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { MediaView, type MediaValue } from './MediaView';

/**
 * Slides side by side that snap as they are swiped (touch, trackpad) or stepped with the
 * arrows, with "2 / 3" saying where one is, as a platform's carousel does.
 */
export function MediaCarousel({ media, aspectRatio, playable = false }: { media: MediaValue[]; aspectRatio: number; playable?: boolean }) {
  const strip = useRef<HTMLDivElement>(null);
  const [index, setIndex] = useState(0);
  const go = (to: number) => {
    const target = Math.max(0, Math.min(media.length - 1, to));
    strip.current?.scrollTo({ left: target * (strip.current?.clientWidth ?? 0), behavior: 'smooth' });
    setIndex(target);
  };
  return (
    <Box pos="relative" role="group" aria-roledescription="carousel" aria-label={`Carousel of ${media.length}`}>
      <Box
        ref={strip}
        onScroll={(event) => {
          const width = event.currentTarget.clientWidth;
          if (width) setIndex(Math.round(event.currentTarget.scrollLeft / width));
        }}
        style={{ display: 'flex', overflowX: 'auto', scrollSnapType: 'x mandatory', scrollbarWidth: 'none', aspectRatio: String(aspectRatio) }}
      >
        {media.map((entry, position) => (
          <Box
            key={`${position}-${entry.url}`}
            role="group"
            aria-roledescription="slide"
            aria-label={`${position + 1} of ${media.length}`}
            style={{ flex: '0 0 100%', scrollSnapAlign: 'start', background: 'var(--mantine-color-default-hover)' }}
          >
            <MediaView media={entry} playable={playable} />
          </Box>
        ))}
      </Box>
      {media.length > 1 && (
        <Group justify="space-between" pos="absolute" top="45%" left={4} right={4} style={{ pointerEvents: 'none' }}>
          <ActionIcon variant="white" radius="xl" size="sm" aria-label="Previous slide" disabled={index === 0} onClick={() => go(index - 1)} style={{ pointerEvents: 'auto' }}>
            <IconChevronLeft size={14} />
          </ActionIcon>
          <ActionIcon variant="white" radius="xl" size="sm" aria-label="Next slide" disabled={index >= media.length - 1} onClick={() => go(index + 1)} style={{ pointerEvents: 'auto' }}>
            <IconChevronRight size={14} />
          </ActionIcon>
        </Group>
      )}
      <Text size="xs" pos="absolute" top={6} right={8} px={6} bg="rgba(0,0,0,0.55)" c="white" style={{ borderRadius: 10 }} aria-live="polite">
        {index + 1} / {media.length}
      </Text>
    </Box>
  );
}
