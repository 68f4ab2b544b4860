import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useCallback, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { NotFound } from '../../../components/ui/NotFound';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { StatusCounts } from '../../../components/ui/StatusCounts';
import { graphql } from '../../../gql/gql';
import { formatCalendarDate } from '../../../lib/dates';
import { platformLabels } from '../../../lib/platforms';
import { DeletePlanButton } from '../components/DeletePlanButton';
import { describeFrequency } from '../components/frequency';
import { PlanGenerationPanel } from '../components/PlanGenerationPanel';
import { PlanItemList } from '../components/PlanItemList';
import { PlanRecommendations } from '../components/PlanRecommendations';
import { ScheduleReadyItemsButton } from '../components/ScheduleReadyItemsButton';

const planDetailPageQuery = graphql(`
  query PlanDetailPage($id: ID!) {
    contentPlan(id: $id) {
      id
      title
      description
      startDate
      endDate
      frequency {
        count
        period
      }
      platforms
      targetPostCount
      itemCounts {
        idea
        draft
        ready
        scheduled
        posted
        failed
        total
      }
      persona {
        id
        name
        handle
        timeZone
        channelIntegrations {
          id
          platform
          accountName
          status
        }
        generationRuns(first: 20) {
          id
          ...PlanGenerationRun_run
        }
        ...PlanRecommendations_persona
      }
      ...PlanGenerationPanel_plan
      ...PlanItemList_plan
    }
    generator {
      kind
      label
      textModel
      imageModel
    }
  }
`);

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Paper withBorder radius="md" p="sm">
      <Text size="xs" tt="uppercase" fw={700} c="dimmed">
        {label}
      </Text>
      <Text fw={500}>{children}</Text>
    </Paper>
  );
}

export function PlanDetailRoute() {
  const { planId = '' } = useParams();
  const { data, error, refetch } = useQuery(planDetailPageQuery, { variables: { id: planId } });
  const reloadPlan = useCallback(() => void refetch(), [refetch]);

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader rows={3} />;
  if (!data.contentPlan) return <NotFound what="plan" />;

  const plan = data.contentPlan;
  return (
    <Stack gap="lg">
      <PageHeader
        title={plan.title}
        description={
          <>
            Plan of{' '}
            <Anchor component={Link} to={`/personas/${plan.persona.id}`} size="sm">
              {plan.persona.name} (@{plan.persona.handle})
            </Anchor>
          </>
        }
        actions={
          <>
            <ScheduleReadyItemsButton planId={plan.id} readyCount={plan.itemCounts.ready} persona={plan.persona} />
            <Button
              component={Link}
              to={`/plans/${plan.id}/edit`}
              variant="default"
              leftSection={<IconPencil size={16} />}
            >
              Edit plan
            </Button>
            <DeletePlanButton
              planId={plan.id}
              planTitle={plan.title}
              personaId={plan.persona.id}
              itemCount={plan.itemCounts.total}
            />
          </>
        }
      />
      {plan.description && <Text style={{ whiteSpace: 'pre-line' }}>{plan.description}</Text>}
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <Fact label="Dates">
          {formatCalendarDate(plan.startDate)} – {formatCalendarDate(plan.endDate)}
        </Fact>
        <Fact label="Frequency">{describeFrequency(plan.frequency)}</Fact>
        <Fact label="Target posts">{plan.targetPostCount}</Fact>
        <Fact label="Platforms">
          {plan.platforms.length === 0
            ? 'Persona’s platforms'
            : plan.platforms.map((p) => platformLabels[p]).join(', ')}
        </Fact>
      </SimpleGrid>
      <Group gap="sm">
        <StatusCounts counts={plan.itemCounts} />
        <Badge variant="dot" color={plan.itemCounts.total >= plan.targetPostCount ? 'green' : 'orange'}>
          {plan.itemCounts.total} of {plan.targetPostCount} planned posts created
        </Badge>
      </Group>
      <PlanGenerationPanel
        plan={plan}
        personaId={plan.persona.id}
        timeZone={plan.persona.timeZone}
        runs={plan.persona.generationRuns}
        generator={data.generator}
        onIdeasCreated={reloadPlan}
      />
      <PlanRecommendations persona={plan.persona} />
      <PlanItemList plan={plan} />
    </Stack>
  );
}
