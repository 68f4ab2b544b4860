import { LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { useMemo } from 'react';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { formatShortDay } from '../../../lib/analytics-format';
import { ChartCard } from './ChartCard';

const voiceTrendFragment = graphql(`
  fragment VoiceTrendChart_summary on PersonaAnalytics {
    timeZone
    voiceTrend {
      threshold
      points {
        publishedAt
        score
      }
    }
  }
`);

/** The day (`YYYY-MM-DD`) an instant falls on in `timeZone`. */
function dayIn(instant: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(instant));
}

/** The voice score of the captions published each day (their average), against the threshold: drift shows as a slide. */
export function VoiceTrendChart(props: { summary: FragmentType<typeof voiceTrendFragment> }) {
  const { timeZone, voiceTrend } = getFragmentData(voiceTrendFragment, props.summary);
  const data = useMemo(() => {
    const byDay = new Map<string, number[]>();
    for (const point of voiceTrend.points) {
      const day = dayIn(point.publishedAt, timeZone);
      byDay.set(day, [...(byDay.get(day) ?? []), point.score]);
    }
    return [...byDay].map(([day, scores]) => ({
      label: formatShortDay(day),
      score: Math.round(scores.reduce((sum, score) => sum + score, 0) / scores.length),
    }));
  }, [voiceTrend.points, timeZone]);
  const below = voiceTrend.points.filter((point) => point.score < voiceTrend.threshold).length;
  return (
    <ChartCard
      title="Voice over time"
      description={
        data.length
          ? `How much each day’s published captions sound like the persona (0 to 100). ${below} of ${voiceTrend.points.length} below the threshold of ${voiceTrend.threshold}.`
          : undefined
      }
    >
      {data.length === 0 ? (
        <Text size="sm" c="dimmed">
          No captions published in this period.
        </Text>
      ) : (
        <LineChart
          h={200}
          data={data}
          dataKey="label"
          series={[{ name: 'score', label: 'Voice score', color: 'teal.6' }]}
          curveType="monotone"
          withDots={data.length < 40}
          yAxisProps={{ domain: [0, 100], ticks: [0, 25, 50, 75, 100], interval: 0 }}
          referenceLines={[{ y: voiceTrend.threshold, label: 'Threshold', color: 'orange.6' }]}
        />
      )}
    </ChartCard>
  );
}
