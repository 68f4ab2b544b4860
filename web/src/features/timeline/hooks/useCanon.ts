import { useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { CreateCanonFactInput, CreateStoryArcInput, UpdateCanonFactInput } from '../../../gql/graphql';

// The persona's canon as the timeline page reads and edits it. Every change refetches the page's
// query: the timeline is ordered by date, and facts and beats move with their dates.

const personaTimelineQuery = graphql(`
  query PersonaTimeline($id: ID!) {
    persona(id: $id) {
      id
      name
      handle
      canonFacts {
        id
        kind
        subject
        descriptor
        statement
        validFrom
        validUntil
      }
      storyArcs {
        id
        title
        description
        beats {
          id
          title
          onDate
        }
      }
    }
  }
`);

const createFactMutation = graphql(`
  mutation CreateCanonFact($input: CreateCanonFactInput!) {
    createCanonFact(input: $input) {
      id
    }
  }
`);

const updateFactMutation = graphql(`
  mutation UpdateCanonFact($id: ID!, $input: UpdateCanonFactInput!) {
    updateCanonFact(id: $id, input: $input) {
      id
    }
  }
`);

const deleteFactMutation = graphql(`
  mutation DeleteCanonFact($id: ID!) {
    deleteCanonFact(id: $id) {
      id
    }
  }
`);

const createArcMutation = graphql(`
  mutation CreateStoryArc($input: CreateStoryArcInput!) {
    createStoryArc(input: $input) {
      id
    }
  }
`);

const deleteArcMutation = graphql(`
  mutation DeleteStoryArc($id: ID!) {
    deleteStoryArc(id: $id) {
      id
    }
  }
`);

export function usePersonaTimeline(personaId: string) {
  return useQuery(personaTimelineQuery, { variables: { id: personaId }, fetchPolicy: 'cache-and-network' });
}

const refetch = { refetchQueries: ['PersonaTimeline'], awaitRefetchQueries: true };

/** Adds, changes and removes facts and arcs; each rejects with the server's field error. */
export function useCanonEdits() {
  const [createFact, creatingFact] = useMutation(createFactMutation, refetch);
  const [updateFact, updatingFact] = useMutation(updateFactMutation, refetch);
  const [deleteFact] = useMutation(deleteFactMutation, refetch);
  const [createArc, creatingArc] = useMutation(createArcMutation, refetch);
  const [deleteArc] = useMutation(deleteArcMutation, refetch);
  return {
    saveFact: async (id: string | null, input: CreateCanonFactInput) => {
      if (!id) return void (await createFact({ variables: { input } }));
      const { personaId: _personaId, ...changes } = input;
      await updateFact({ variables: { id, input: changes as UpdateCanonFactInput } });
    },
    deleteFact: async (id: string) => void (await deleteFact({ variables: { id } })),
    createArc: async (input: CreateStoryArcInput) => void (await createArc({ variables: { input } })),
    deleteArc: async (id: string) => void (await deleteArc({ variables: { id } })),
    saving: creatingFact.loading || updatingFact.loading || creatingArc.loading,
  };
}
