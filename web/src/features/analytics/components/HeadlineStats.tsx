import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useId } from 'react';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { formatChange, formatCount, formatRate } from '../../../lib/analytics-format';

const headlineStatsFragment = graphql(`
  fragment HeadlineStats_summary on PersonaAnalytics {
    posts
    engagementRate
    totals {
      views
      reach
      totalInteractions
    }
    followers {
      change
      unavailable
    }
  }
`);

function Stat({ label, value, hint }: { label: string; value: string; hint: string }) {
  const labelId = useId();
  return (
    <Paper withBorder radius="md" p="sm" role="group" aria-labelledby={labelId}>
      <Text size="xs" tt="uppercase" fw={700} c="dimmed" id={labelId}>
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
      <Text size="xs" c="dimmed">
        {hint}
      </Text>
    </Paper>
  );
}

function followerChange({ change, unavailable }: { change?: number | null; unavailable: boolean }) {
  if (unavailable) return { value: 'Not available', hint: 'The platform gives no follower figures for this account' };
  if (change == null) return { value: '—', hint: 'Needs two daily readings in the period' };
  return { value: formatChange(change), hint: 'Gained over the period' };
}

/** The period at a glance: posts measured, audience, interactions and growth. */
export function HeadlineStats(props: { summary: FragmentType<typeof headlineStatsFragment> }) {
  const summary = getFragmentData(headlineStatsFragment, props.summary);
  const followers = followerChange(summary.followers);
  return (
    <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm">
      <Stat label="Posts" value={formatCount(summary.posts)} hint="Published in the period, with figures" />
      <Stat label="Reach" value={formatCount(summary.totals.reach)} hint="People reached, summed over posts" />
      <Stat label="Views" value={formatCount(summary.totals.views)} hint="Times the posts were seen" />
      <Stat label="Interactions" value={formatCount(summary.totals.totalInteractions)} hint="Likes, comments, shares, saves" />
      <Stat label="Engagement rate" value={formatRate(summary.engagementRate)} hint="Interactions per person reached" />
      <Stat label="Follower change" value={followers.value} hint={followers.hint} />
    </SimpleGrid>
  );
}
