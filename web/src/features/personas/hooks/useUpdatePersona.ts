import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { UpdatePersonaInput } from '../../../gql/graphql';

// Returning the editor's fields lets the normalized cache refresh every view of the persona;
// an edit of the identity or the brief lists also makes a new brief, which the persona page shows.
const updatePersonaMutation = graphql(`
  mutation UpdatePersona($id: ID!, $input: UpdatePersonaInput!) {
    updatePersona(id: $id, input: $input) {
      id
      updatedAt
      briefVersion
      brief
      ...PersonaForm_persona
    }
  }
`);

export function useUpdatePersona() {
  const [mutate, { loading }] = useMutation(updatePersonaMutation);

  async function updatePersona(id: string, input: UpdatePersonaInput) {
    await mutate({ variables: { id, input } });
  }

  return { updatePersona, loading };
}
