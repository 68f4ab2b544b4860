import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useCallback, useMemo } from 'react';
import { Link } from 'react-router';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { SimulatedBadge } from '../../../components/ui/SimulatedBadge';
import { graphql } from '../../../gql/gql';
import { describeActionError, describeError } from '../../../lib/graphql-errors';
import { useAnalyticsCsvExport } from '../hooks/useAnalyticsCsvExport';
import { useAnalyticsLive } from '../hooks/useAnalyticsLive';
import { useAnalyticsPeriod } from '../hooks/useAnalyticsPeriod';
import { AnalyticsBody } from './AnalyticsBody';
import { periodDays, periodVariables } from './analytics-period';
import { PeriodPicker } from './PeriodPicker';
import { RemoveSimulatedHistoryButton } from './RemoveSimulatedHistoryButton';

const personaAnalyticsPageQuery = graphql(`
  query PersonaAnalyticsPage($id: ID!, $from: DateTime!, $to: DateTime!) {
    persona(id: $id) {
      id
      analyticsSummary(from: $from, to: $to) {
        timeZone
        simulated
        posts
        ...HeadlineStats_summary
        ...DailyCharts_summary
        ...PostRankings_summary
        ...FollowerChart_summary
        ...PlatformBreakdown_summary
        ...BestTimeHeatmap_summary
        ...VoiceTrendChart_summary
      }
      ...AnalyticsRecommendations_persona
      # Whether an empty dashboard may offer a simulated history (see AnalyticsEmptyState).
      recommendations {
        basedOnPosts
      }
      channelIntegrations {
        id
        platform
        status
      }
      simulatedHistory {
        id
        posts
      }
    }
  }
`);

export interface AnalyticsPersona {
  id: string;
  name: string;
  handle: string;
  timeZone: string;
}

/** A refused period (`from`/`to` named by the server) belongs under the period picker. */
function periodErrorOf(error: unknown): string | null {
  if (!error) return null;
  const { fieldErrors } = describeError(error);
  return 'from' in fieldErrors || 'to' in fieldErrors ? describeActionError(error) : null;
}

/** The persona's dashboard for the chosen period, refreshed as new figures are collected. */
export function AnalyticsDashboard({ persona }: { persona: AnalyticsPersona }) {
  const { period, setPeriod } = useAnalyticsPeriod();
  const { timeZone } = persona;
  // Computed once per chosen period: "today" stays the day the period was chosen on.
  const range = useMemo(() => ({ ...periodDays(period, timeZone), ...periodVariables(period, timeZone) }), [period, timeZone]);
  const { fromDay, toDay, from, to } = range;
  const { data, previousData, error, loading, refetch } = useQuery(personaAnalyticsPageQuery, {
    variables: { id: persona.id, from, to },
  });
  const refresh = useCallback(() => void refetch(), [refetch]);
  useAnalyticsLive(persona.id, refresh);
  const csv = useAnalyticsCsvExport({ personaId: persona.id, handle: persona.handle, ...range });

  const periodError = periodErrorOf(error);
  const shown = periodError ? undefined : (data ?? previousData);
  const summary = shown?.persona?.analyticsSummary;
  const simulatedHistory = shown?.persona?.simulatedHistory;

  return (
    <>
      <PageHeader
        title={
          <Group gap="sm" component="span">
            {`${persona.name}: analytics`}
            {summary?.simulated && <SimulatedBadge size="md" />}
          </Group>
        }
        description={
          <>
            <Anchor component={Link} to={`/personas/${persona.id}`} size="sm">
              @{persona.handle}
            </Anchor>
            {` · Days and hours in ${timeZone}. Figures update as they are collected.`}
          </>
        }
        actions={
          <>
            {loading && <Loader size="sm" aria-label="Loading figures" />}
            {simulatedHistory && <RemoveSimulatedHistoryButton personaId={persona.id} posts={simulatedHistory.posts} />}
            <Button
              variant="default"
              leftSection={<IconDownload size={16} />}
              loading={csv.exporting}
              disabled={!summary}
              onClick={() => void csv.exportCsv()}
            >
              Export CSV
            </Button>
          </>
        }
      />
      <PeriodPicker period={period} timeZone={timeZone} error={periodError} onChange={setPeriod} />
      {periodError ? (
        <Text c="dimmed" size="sm">
          Choose another period to see its figures.
        </Text>
      ) : !shown ? (
        error ? <QueryError error={error} onRetry={refresh} title="Could not load the figures" /> : <PageLoader rows={3} />
      ) : (
        <Stack gap="md">
          {error && <QueryError error={error} onRetry={refresh} title="Could not refresh the figures" />}
          {shown.persona && <AnalyticsBody persona={shown.persona} fromDay={fromDay} toDay={toDay} />}
        </Stack>
      )}
    </>
  );
}
