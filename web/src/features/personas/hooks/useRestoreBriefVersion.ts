import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

const restoreBriefVersionMutation = graphql(`
  mutation RestorePersonaBriefVersion($personaId: ID!, $version: Int!) {
    restorePersonaBriefVersion(personaId: $personaId, version: $version) {
      id
      briefVersion
    }
  }
`);

/**
 * Makes a kept brief version the current one (a new version). Every field of the brief may have
 * changed, and with it the history and the items now outdated: the pages showing them refetch.
 */
export function useRestoreBriefVersion() {
  const [mutate, { loading }] = useMutation(restoreBriefVersionMutation, { refetchQueries: 'active', awaitRefetchQueries: true });
  async function restore(personaId: string, version: number): Promise<number | null> {
    const { data } = await mutate({ variables: { personaId, version } });
    return data?.restorePersonaBriefVersion.briefVersion ?? null;
  }
  return { restore, restoring: loading };
}
