import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import { evictPersonaLists } from './persona-list-cache';

const archivePersonaMutation = graphql(`
  mutation ArchivePersona($id: ID!) {
    archivePersona(id: $id) {
      id
      archivedAt
      updatedAt
    }
  }
`);

const unarchivePersonaMutation = graphql(`
  mutation UnarchivePersona($id: ID!) {
    unarchivePersona(id: $id) {
      id
      archivedAt
      updatedAt
    }
  }
`);

/** Archive and unarchive: the persona updates in place, the lists it appears in reload. */
export function useArchivePersona() {
  const [archive, archiveState] = useMutation(archivePersonaMutation, {
    update: (cache) => evictPersonaLists(cache),
  });
  const [unarchive, unarchiveState] = useMutation(unarchivePersonaMutation, {
    update: (cache) => evictPersonaLists(cache),
  });

  async function setArchived(id: string, archived: boolean) {
    if (archived) await archive({ variables: { id } });
    else await unarchive({ variables: { id } });
  }

  return { setArchived, loading: archiveState.loading || unarchiveState.loading };
}
