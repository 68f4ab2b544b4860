import { useQuery } from '@apollo/client/react';
import { useNavigate, useParams } from 'react-router';
import { NotFound } from '../../../components/ui/NotFound';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { graphql } from '../../../gql/gql';
import { platformOptions } from '../../../lib/platforms';
import type { CreatePersonaInput } from '../../../gql/graphql';
import { PersonaForm } from '../components/PersonaForm';
import { useUpdatePersona } from '../hooks/useUpdatePersona';

const personaEditPageQuery = graphql(`
  query PersonaEditPage($id: ID!) {
    persona(id: $id) {
      id
      name
      timeZone
      ...PersonaForm_persona
    }
    platforms {
      platform
      label
      canPublish
    }
  }
`);

export function PersonaEditRoute() {
  const { personaId = '' } = useParams();
  const navigate = useNavigate();
  const { data, error, refetch } = useQuery(personaEditPageQuery, { variables: { id: personaId } });
  const { updatePersona } = useUpdatePersona();

  async function save(input: CreatePersonaInput) {
    await updatePersona(personaId, input);
    void navigate(`/personas/${personaId}`);
  }

  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader />;
  if (!data.persona) return <NotFound what="persona" />;

  return (
    <>
      <PageHeader title={`Edit ${data.persona.name}`} />
      <PersonaForm
        key={data.persona.id}
        persona={data.persona}
        defaultTimeZone={data.persona.timeZone}
        platformOptions={platformOptions(data.platforms)}
        submitLabel="Save"
        cancelTo={`/personas/${personaId}`}
        onSubmit={save}
      />
    </>
  );
}
