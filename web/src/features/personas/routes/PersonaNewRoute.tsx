import { useQuery } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { graphql } from '../../../gql/gql';
import { platformOptions } from '../../../lib/platforms';
import type { CreatePersonaInput } from '../../../gql/graphql';
import { PersonaForm } from '../components/PersonaForm';
import { useCreatePersona } from '../hooks/useCreatePersona';

// New personas start in the viewer's own time zone.
const personaNewPageQuery = graphql(`
  query PersonaNewPage {
    viewer {
      id
      profile {
        timeZone
      }
    }
    platforms {
      platform
      label
      canPublish
    }
  }
`);

export function PersonaNewRoute() {
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(personaNewPageQuery);
  const { createPersona } = useCreatePersona();

  async function create(input: CreatePersonaInput) {
    const id = await createPersona(input);
    if (id) void navigate(`/personas/${id}`);
  }

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data?.viewer) return <PageLoader />;

  return (
    <>
      <PageHeader
        title="New persona"
        description="Describe the creator: who they are, how they sound, where they post."
      />
      <PersonaForm
        defaultTimeZone={data.viewer.profile.timeZone}
        platformOptions={platformOptions(data.platforms)}
        submitLabel="Create persona"
        cancelTo="/personas"
        onSubmit={create}
      />
    </>
  );
}
