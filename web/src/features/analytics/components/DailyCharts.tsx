import { AreaChart, LineChart } from '@mantine/charts';
import { SimpleGrid } from '@mantine/core';
import { useMemo } from 'react';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { formatCount } from '../../../lib/analytics-format';
import { ChartCard } from './ChartCard';
import { dailySeries } from './daily-series';

const dailyChartsFragment = graphql(`
  fragment DailyCharts_summary on PersonaAnalytics {
    daily {
      day
      reach
      totalInteractions
      engagementRate
    }
  }
`);

interface DailyChartsProps {
  summary: FragmentType<typeof dailyChartsFragment>;
  fromDay: string;
  toDay: string;
}

/** Reach and interactions of each day's posts, and their engagement rate, across the period. */
export function DailyCharts({ summary: summaryRef, fromDay, toDay }: DailyChartsProps) {
  const { daily } = getFragmentData(dailyChartsFragment, summaryRef);
  const points = useMemo(() => dailySeries(daily, fromDay, toDay), [daily, fromDay, toDay]);
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <ChartCard title="Reach and interactions per day" description="Latest figures of the posts published each day.">
        <AreaChart
          h={220}
          data={points}
          dataKey="label"
          series={[
            { name: 'reach', label: 'Reach', color: 'grape.6' },
            { name: 'interactions', label: 'Interactions', color: 'teal.6', yAxisId: 'right' },
          ]}
          withRightYAxis
          withLegend
          curveType="monotone"
          valueFormatter={(value) => formatCount(value)}
        />
      </ChartCard>
      <ChartCard title="Engagement rate per day" description="Interactions per person reached, on days with measured posts.">
        <LineChart
          h={220}
          data={points}
          dataKey="label"
          series={[{ name: 'engagement', label: 'Engagement rate', color: 'indigo.6' }]}
          connectNulls
          curveType="monotone"
          valueFormatter={(value) => `${value.toFixed(1)} %`}
        />
      </ChartCard>
    </SimpleGrid>
  );
}
