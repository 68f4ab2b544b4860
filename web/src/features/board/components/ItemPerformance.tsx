import { Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { SimulatedBadge } from '../../../components/ui/SimulatedBadge';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { formatCount, formatRate } from '../../../lib/analytics-format';
import { formatInstant } from '../../../lib/dates';
import { CheckpointTable } from './CheckpointTable';
import { itemMetrics, metricValue } from './item-metrics';

export const itemPerformanceFragment = graphql(`
  fragment ItemPerformance_item on ContentItem {
    status
    performance {
      capturedAt
      views
      reach
      likes
      comments
      shares
      saved
      totalInteractions
      engagementRate
      simulated
    }
    analytics {
      id
      capturedAt
      checkpoint
      views
      reach
      likes
      comments
      shares
      saved
      totalInteractions
      replies
      tapsForward
      tapsBack
      exits
      avgWatchTimeMs
      watchTimeSeconds
      simulated
      unavailable
    }
  }
`);

interface ItemPerformanceProps {
  item: FragmentType<typeof itemPerformanceFragment>;
  timeZone: string;
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={600}>
        {value}
      </Text>
    </Stack>
  );
}

/** What a Story (replies, taps, exits) or a Reel (watch time) adds, from the newest snapshot that has it. */
function storyOrReelFigures(analytics: ReadonlyArray<{ replies?: number | null; tapsForward?: number | null; tapsBack?: number | null; exits?: number | null; avgWatchTimeMs?: number | null; watchTimeSeconds?: number | null }>) {
  const story = [...analytics].reverse().find((snapshot) => snapshot.replies != null || snapshot.tapsForward != null || snapshot.exits != null);
  if (story) {
    return {
      label: 'Story figures',
      figures: [
        { label: 'Replies', value: formatCount(story.replies ?? null) },
        { label: 'Taps forward', value: formatCount(story.tapsForward ?? null) },
        { label: 'Taps back', value: formatCount(story.tapsBack ?? null) },
        { label: 'Exits', value: formatCount(story.exits ?? null) },
      ],
    };
  }
  const reel = [...analytics].reverse().find((snapshot) => snapshot.avgWatchTimeMs != null || snapshot.watchTimeSeconds != null);
  if (!reel) return null;
  const seconds = (value: number | null | undefined) => (value == null ? '—' : `${(value / 1000).toFixed(1)} s`);
  return {
    label: 'Reel figures',
    figures: [
      { label: 'Average watch', value: seconds(reel.avgWatchTimeMs) },
      { label: 'Total watch', value: reel.watchTimeSeconds == null ? '—' : `${Math.round(reel.watchTimeSeconds / 60)} min` },
    ],
  };
}

/** A posted item's latest figures and how they grew at each collection; unknown figures are dashes. */
export function ItemPerformance({ item: itemRef, timeZone }: ItemPerformanceProps) {
  const { status, performance, analytics } = getFragmentData(itemPerformanceFragment, itemRef);
  if (!performance && analytics.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {status === 'POSTED'
          ? 'No figures yet: the first arrive about an hour after publishing, then after a day, a week and a month.'
          : 'Figures are collected once the item is posted on a channel.'}
      </Text>
    );
  }
  const simulated = performance?.simulated || analytics.some((snapshot) => snapshot.simulated);
  const formatFigures = storyOrReelFigures(analytics);
  return (
    <Stack gap="sm">
      <Group gap="xs">
        <Text size="xs" c="dimmed">
          {performance ? `Latest figures, measured ${formatInstant(performance.capturedAt, timeZone)}` : 'Figures by checkpoint'}
        </Text>
        {simulated && <SimulatedBadge size="xs" />}
      </Group>
      {performance && (
        <SimpleGrid cols={4} spacing="xs">
          <Figure label="Engagement" value={formatRate(performance.engagementRate)} />
          {itemMetrics.map(({ key, label }) => (
            <Figure key={key} label={label} value={formatCount(metricValue(performance, key))} />
          ))}
        </SimpleGrid>
      )}
      {formatFigures && (
        <SimpleGrid cols={4} spacing="xs" aria-label={formatFigures.label}>
          {formatFigures.figures.map(({ label, value }) => (
            <Figure key={label} label={label} value={value} />
          ))}
        </SimpleGrid>
      )}
      {analytics.length > 0 && <CheckpointTable snapshots={analytics} timeZone={timeZone} />}
    </Stack>
  );
}
