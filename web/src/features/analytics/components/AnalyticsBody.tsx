import { SimpleGrid, Stack } from '@mantine/core';
import type { PersonaAnalyticsPageQuery } from '../../../gql/graphql';
import { AnalyticsEmptyState } from './AnalyticsEmptyState';
import { AnalyticsRecommendations } from './AnalyticsRecommendations';
import { BestTimeHeatmap } from './BestTimeHeatmap';
import { DailyCharts } from './DailyCharts';
import { FollowerChart } from './FollowerChart';
import { HeadlineStats } from './HeadlineStats';
import { PlatformBreakdown } from './PlatformBreakdown';
import { PostRankings } from './PostRankings';

type LoadedPersona = NonNullable<PersonaAnalyticsPageQuery['persona']>;

interface AnalyticsBodyProps {
  persona: LoadedPersona;
  fromDay: string;
  toDay: string;
}

/** The figures of one period; the heatmap and recommendations draw on all of the persona's history. */
export function AnalyticsBody({ persona, fromDay, toDay }: AnalyticsBodyProps) {
  const summary = persona.analyticsSummary;
  const measured = summary.posts > 0;
  const canSimulate =
    persona.recommendations.basedOnPosts === 0 &&
    persona.channelIntegrations.some((channel) => channel.platform === 'SANDBOX' && channel.status === 'ACTIVE');
  return (
    <Stack gap="md">
      {measured ? (
        <>
          <HeadlineStats summary={summary} />
          <DailyCharts summary={summary} fromDay={fromDay} toDay={toDay} />
          <PostRankings summary={summary} personaId={persona.id} timeZone={summary.timeZone} />
        </>
      ) : (
        <AnalyticsEmptyState personaId={persona.id} canSimulate={canSimulate} />
      )}
      <SimpleGrid cols={{ base: 1, md: measured ? 2 : 1 }} spacing="md">
        <FollowerChart summary={summary} />
        {measured && <PlatformBreakdown summary={summary} />}
      </SimpleGrid>
      <BestTimeHeatmap summary={summary} />
      <AnalyticsRecommendations persona={persona} />
    </Stack>
  );
}
