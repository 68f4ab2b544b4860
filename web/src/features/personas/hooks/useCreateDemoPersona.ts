import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import { prependPersonaToLists } from './persona-list-cache';

const createDemoPersonaMutation = graphql(`
  mutation CreateDemoPersona {
    createDemoPersona {
      id
      ...PersonaCard_persona
    }
  }
`);

export function useCreateDemoPersona() {
  const [mutate, { loading }] = useMutation(createDemoPersonaMutation, {
    update(cache, { data }) {
      if (data) prependPersonaToLists(cache, data.createDemoPersona.id);
    },
  });

  async function createDemoPersona(): Promise<string | null> {
    const { data } = await mutate();
    return data?.createDemoPersona.id ?? null;
  }

  return { createDemoPersona, loading };
}
