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
      {analytics.length > 0 && <CheckpointTable snapshots={analytics} timeZone={timeZone} />}
    </Stack>
  );
}
