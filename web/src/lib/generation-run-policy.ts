import type { FieldPolicy, TypePolicy } from '@apollo/client';
import type { GenerationState } from '../gql/graphql';

const stage: Record<GenerationState, number> = { QUEUED: 0, RUNNING: 1, SUCCEEDED: 2, FAILED: 2, CANCELLED: 2 };

// A run only moves forward, but its snapshots arrive over two channels: the mutation's answer
// (QUEUED) can land after the socket already delivered RUNNING or SUCCEEDED. Keeping the most
// advanced value stops a late answer from putting a finished run back in the queue.
const forwardState: FieldPolicy<GenerationState> = {
  merge: (existing, incoming) => (existing && stage[existing] > stage[incoming] ? existing : incoming),
};

const highest: FieldPolicy<number> = {
  merge: (existing, incoming) => Math.max(existing ?? 0, incoming),
};

const keepOnceSet: FieldPolicy<unknown> = {
  merge: (existing, incoming) => (incoming === null && existing != null ? existing : incoming),
};

export const generationRunPolicy: TypePolicy = {
  fields: {
    state: forwardState,
    progress: highest,
    inputTokens: highest,
    outputTokens: highest,
    error: keepOnceSet,
    startedAt: keepOnceSet,
    finishedAt: keepOnceSet,
    latencyMs: keepOnceSet,
  },
};
