import { LineChart } from '@mantine/charts';
import { Text } from '@mantine/core';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { formatChange, formatCount, formatShortDay } from '../../../lib/analytics-format';
import { niceScale } from '../../../lib/nice-scale';
import { ChartCard } from './ChartCard';

const followerChartFragment = graphql(`
  fragment FollowerChart_summary on PersonaAnalytics {
    followers {
      unavailable
      series {
        day
        followers
      }
    }
  }
`);

function FollowerLine({ series }: { series: ReadonlyArray<{ day: string; followers: number }> }) {
  if (series.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No follower readings in this period yet. Accounts are read once a day.
      </Text>
    );
  }
  const data = series.map((point) => ({ label: formatShortDay(point.day), followers: point.followers }));
  const counts = series.map((point) => point.followers);
  const { domain, ticks } = niceScale(Math.min(...counts), Math.max(...counts), { integer: true });
  return (
    <LineChart
      h={200}
      data={data}
      dataKey="label"
      series={[{ name: 'followers', label: 'Followers', color: 'grape.6' }]}
      curveType="monotone"
      withDots={series.length < 40}
      yAxisProps={{ domain, ticks, interval: 0, allowDecimals: false }}
      valueFormatter={(value) => formatCount(value)}
    />
  );
}

/** The change the line shows: from its first point to its last. */
function changeShown(series: ReadonlyArray<{ followers: number }>): number | null {
  return series.length >= 2 ? series.at(-1)!.followers - series[0]!.followers : null;
}

/** Followers at the end of each day with a reading, summed over the persona's channels. */
export function FollowerChart(props: { summary: FragmentType<typeof followerChartFragment> }) {
  const { followers } = getFragmentData(followerChartFragment, props.summary);
  const change = changeShown(followers.series);
  const description =
    followers.unavailable || followers.series.length === 0
      ? undefined
      : change == null
        ? 'Accounts are read once a day; growth shows from the second reading.'
        : `${formatChange(change)} over the period.`;
  return (
    <ChartCard title="Follower growth" description={description}>
      {followers.unavailable ? (
        <Text size="sm" c="dimmed">
          Not available for this account: the platform gives no follower figures for it.
        </Text>
      ) : (
        <FollowerLine series={followers.series} />
      )}
    </ChartCard>
  );
}
