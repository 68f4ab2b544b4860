import type { ContentFormat } from '../gql/graphql';

/** A video's length as players show it: 0:07, 1:05, 12:30. */
export function formatDuration(seconds: number): string {
  const whole = Math.max(0, Math.round(seconds));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

export const FORMAT_LABELS: Record<ContentFormat, string> = {
  POST: 'Feed post',
  CAROUSEL: 'Carousel',
  REEL: 'Reel',
  STORY: 'Story',
};

/** How the platform frames each format: feed posts and carousels 4:5 on Instagram, Reels and Stories 9:16. */
export function formatAspect(format: ContentFormat, feedAspect: number): number {
  return format === 'REEL' || format === 'STORY' ? 9 / 16 : feedAspect;
}
