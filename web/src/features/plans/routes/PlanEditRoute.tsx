import { useQuery } from '@apollo/client/react';
import { Text } from '@mantine/core';
import { useNavigate, useParams } from 'react-router';
import { NotFound } from '../../../components/ui/NotFound';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { graphql } from '../../../gql/gql';
import { platformOptions } from '../../../lib/platforms';
import { PlanForm } from '../components/PlanForm';
import type { PlanInput } from '../components/plan-form-values';
import { platformsHint } from '../components/platforms-hint';
import { useUpdatePlan } from '../hooks/useUpdatePlan';

const planEditPageQuery = graphql(`
  query PlanEditPage($id: ID!) {
    contentPlan(id: $id) {
      id
      title
      targetPostCount
      persona {
        id
        name
        platformStrategy {
          platforms
        }
      }
      ...PlanForm_plan
    }
    platforms {
      platform
      label
      canPublish
    }
  }
`);

export function PlanEditRoute() {
  const { planId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(planEditPageQuery, { variables: { id: planId } });
  const { updatePlan } = useUpdatePlan();

  async function save(input: PlanInput) {
    await updatePlan(planId, input);
    void navigate(`/plans/${planId}`);
  }

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;
  if (!data.contentPlan) return <NotFound what="plan" />;

  const plan = data.contentPlan;
  return (
    <>
      <PageHeader title={`Edit ${plan.title}`} description={`Plan of ${plan.persona.name}`} />
      <PlanForm
        key={plan.id}
        plan={plan}
        platformsHint={platformsHint(plan.persona.platformStrategy.platforms)}
        platformOptions={platformOptions(data.platforms)}
        submitLabel="Save"
        cancelTo={`/plans/${plan.id}`}
        footer={
          <Text size="sm" c="dimmed">
            Current target: {plan.targetPostCount} posts. The server recomputes it from the dates and frequency when you
            save.
          </Text>
        }
        onSubmit={save}
      />
    </>
  );
}
