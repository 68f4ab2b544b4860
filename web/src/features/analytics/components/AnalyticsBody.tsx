import { Skeleton, SimpleGrid, Stack } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
import type { PersonaAnalyticsPageQuery } from '../../../gql/graphql';
import { AnalyticsEmptyState } from './AnalyticsEmptyState';
import { AnalyticsRecommendations } from './AnalyticsRecommendations';
import { BestTimeHeatmap } from './BestTimeHeatmap';
import { HeadlineStats } from './HeadlineStats';
import { PostRankings } from './PostRankings';
import { lazyComponent } from '../../../lib/lazy-component';

// The charts (recharts, the bulk of this page's code) load beside the page, so the figures and
// rankings show first and each chart fills its place when its code is there.
const DailyCharts = lazyComponent(() => import('./DailyCharts').then((module) => module.DailyCharts));
const FollowerChart = lazyComponent(() => import('./FollowerChart').then((module) => module.FollowerChart));
const PlatformBreakdown = lazyComponent(() => import('./PlatformBreakdown').then((module) => module.PlatformBreakdown));
const VoiceTrendChart = lazyComponent(() => import('./VoiceTrendChart').then((module) => module.VoiceTrendChart));

function ChartSlot({ children }: { children: ReactNode }) {
  return <Suspense fallback={<Skeleton height={320} radius="md" aria-label="Loading chart" />}>{children}</Suspense>;
}

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
          <ChartSlot>
            <DailyCharts summary={summary} fromDay={fromDay} toDay={toDay} />
          </ChartSlot>
          <PostRankings summary={summary} personaId={persona.id} timeZone={summary.timeZone} />
        </>
      ) : (
        <AnalyticsEmptyState personaId={persona.id} canSimulate={canSimulate} />
      )}
      <SimpleGrid cols={{ base: 1, md: measured ? 2 : 1 }} spacing="md">
        <ChartSlot>
          <FollowerChart summary={summary} />
        </ChartSlot>
        {measured && (
          <ChartSlot>
            <PlatformBreakdown summary={summary} />
          </ChartSlot>
        )}
      </SimpleGrid>
      {measured && (
        <ChartSlot>
          <VoiceTrendChart summary={summary} />
        </ChartSlot>
      )}
      <BestTimeHeatmap summary={summary} />
      <AnalyticsRecommendations persona={persona} />
    </Stack>
  );
}
