import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../gql/gql';

const generateItemVideoMutation = graphql(`
  mutation GenerateItemVideo($itemId: ID!) {
    generateItemVideo(itemId: $itemId) {
      id
      state
      progress
    }
  }
`);

const videoRunQuery = graphql(`
  query VideoRun($id: ID!) {
    generationRun(id: $id) {
      id
      state
      progress
      error
      generator
      asset {
        id
      }
    }
  }
`);

const cancelVideoMutation = graphql(`
  mutation CancelVideo($id: ID!) {
    cancelGeneration(id: $id) {
      id
      state
    }
  }
`);

/** Starts a video for the item and follows its run (polled each second while it works); cancel stops it. */
export function useItemVideo(itemId: string) {
  const [runId, setRunId] = useState<string | null>(null);
  const [start, { loading: starting }] = useMutation(generateItemVideoMutation);
  const [cancelRun] = useMutation(cancelVideoMutation);
  const { data } = useQuery(videoRunQuery, { variables: { id: runId ?? '' }, skip: !runId, pollInterval: 1000, fetchPolicy: 'network-only' });
  const run = runId ? (data?.generationRun ?? null) : null;
  const working = starting || run?.state === 'QUEUED' || run?.state === 'RUNNING' || (runId !== null && !run);

  async function generate() {
    const { data: started } = await start({ variables: { itemId } });
    if (started) setRunId(started.generateItemVideo.id);
  }

  return {
    run,
    working,
    generate,
    cancel: () => (runId ? cancelRun({ variables: { id: runId } }) : undefined),
    /** Forget the finished run (its video was added, or its failure read). */
    clear: () => setRunId(null),
  };
}
