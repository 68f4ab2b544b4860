import { BarChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { formatCount, formatRate } from '../../../lib/analytics-format';
import { platformLabels } from '../../../lib/platforms';
import { ChartCard } from './ChartCard';

const platformBreakdownFragment = graphql(`
  fragment PlatformBreakdown_summary on PersonaAnalytics {
    byPlatform {
      platform
      posts
      engagementRate
      totals {
        reach
        totalInteractions
      }
    }
  }
`);

/** Posts, audience and engagement on each platform the persona published on in the period. */
export function PlatformBreakdown(props: { summary: FragmentType<typeof platformBreakdownFragment> }) {
  const { byPlatform } = getFragmentData(platformBreakdownFragment, props.summary);
  const data = byPlatform.map((row) => ({
    platform: platformLabels[row.platform],
    engagement: row.engagementRate == null ? 0 : Math.round(row.engagementRate * 1000) / 10,
  }));
  return (
    <ChartCard title="By platform" description="Engagement rate per platform, with the figures behind it.">
      <BarChart
        h={160}
        data={data}
        dataKey="platform"
        series={[{ name: 'engagement', label: 'Engagement rate', color: 'grape.6' }]}
        valueFormatter={(value) => `${value.toFixed(1)} %`}
        maxBarWidth={48}
      />
      <Table.ScrollContainer minWidth={360}>
        <Table striped fz="sm" aria-label="Figures by platform">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Platform</Table.Th>
              <Table.Th ta="right">Posts</Table.Th>
              <Table.Th ta="right">Reach</Table.Th>
              <Table.Th ta="right">Interactions</Table.Th>
              <Table.Th ta="right">Engagement</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {byPlatform.map((row) => (
              <Table.Tr key={row.platform}>
                <Table.Td>{platformLabels[row.platform]}</Table.Td>
                <Table.Td ta="right">{formatCount(row.posts)}</Table.Td>
                <Table.Td ta="right">{formatCount(row.totals.reach)}</Table.Td>
                <Table.Td ta="right">{formatCount(row.totals.totalInteractions)}</Table.Td>
                <Table.Td ta="right">{formatRate(row.engagementRate)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </ChartCard>
  );
}
