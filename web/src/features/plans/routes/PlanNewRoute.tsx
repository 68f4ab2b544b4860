import { useQuery } from '@apollo/client/react';
import { Anchor } from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { NotFound } from '../../../components/ui/NotFound';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { graphql } from '../../../gql/gql';
import { platformOptions } from '../../../lib/platforms';
import { PlanForm } from '../components/PlanForm';
import type { PlanInput } from '../components/plan-form-values';
import { platformsHint } from '../components/platforms-hint';
import { useCreatePlan } from '../hooks/useCreatePlan';

const planNewPageQuery = graphql(`
  query PlanNewPage($personaId: ID!) {
    persona(id: $personaId) {
      id
      name
      handle
      platformStrategy {
        platforms
      }
    }
    platforms {
      platform
      label
      canPublish
    }
  }
`);

export function PlanNewRoute() {
  const { personaId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(planNewPageQuery, { variables: { personaId } });
  const { createPlan } = useCreatePlan();

  async function create(input: PlanInput) {
    const id = await createPlan({ ...input, personaId });
    if (id) void navigate(`/plans/${id}`);
  }

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;
  if (!data.persona) return <NotFound what="persona" />;

  const { persona } = data;
  return (
    <>
      <PageHeader
        title="New plan"
        description={
          <>
            For{' '}
            <Anchor component={Link} to={`/personas/${persona.id}`} size="sm">
              {persona.name} (@{persona.handle})
            </Anchor>
          </>
        }
      />
      <PlanForm
        platformsHint={platformsHint(persona.platformStrategy.platforms)}
        platformOptions={platformOptions(data.platforms)}
        submitLabel="Create plan"
        cancelTo={`/personas/${persona.id}`}
        onSubmit={create}
      />
    </>
  );
}
