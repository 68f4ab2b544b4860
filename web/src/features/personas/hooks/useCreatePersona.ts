import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { CreatePersonaInput } from '../../../gql/graphql';
import { prependPersonaToLists } from './persona-list-cache';

const createPersonaMutation = graphql(`
  mutation CreatePersona($input: CreatePersonaInput!) {
    createPersona(input: $input) {
      id
      ...PersonaCard_persona
    }
  }
`);

export function useCreatePersona() {
  const [mutate, { loading }] = useMutation(createPersonaMutation, {
    update(cache, { data }) {
      if (data) prependPersonaToLists(cache, data.createPersona.id);
    },
  });

  async function createPersona(input: CreatePersonaInput): Promise<string | null> {
    const { data } = await mutate({ variables: { input } });
    return data?.createPersona.id ?? null;
  }

  return { createPersona, loading };
}
