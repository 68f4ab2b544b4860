import type { GenerationKind, GenerationState, GeneratorKind } from '../gql/graphql';

export const generationKindLabels: Record<GenerationKind, string> = {
  PLAN_IDEAS: 'Plan ideas',
  CAPTION: 'Caption',
  IMAGE: 'Image',
  VIDEO: 'Video',
};

export const generationStates: Record<GenerationState, { label: string; color: string }> = {
  QUEUED: { label: 'Queued', color: 'gray' },
  RUNNING: { label: 'Running', color: 'blue' },
  SUCCEEDED: { label: 'Succeeded', color: 'green' },
  FAILED: { label: 'Failed', color: 'red' },
  CANCELLED: { label: 'Cancelled', color: 'orange' },
};

export function isActiveRun(state: GenerationState): boolean {
  return state === 'QUEUED' || state === 'RUNNING';
}

/** What made a run, e.g. `Offline` or `OpenAI · gpt-4o-mini`. */
export function describeGenerator(generator: GeneratorKind, model: string | null | undefined): string {
  if (generator === 'OFFLINE') return 'Offline';
  return model ? `OpenAI · ${model}` : 'OpenAI';
}

const tokenFormat = new Intl.NumberFormat('en');

export function formatTokens(count: number): string {
  return tokenFormat.format(count);
}
