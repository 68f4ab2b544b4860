import { Badge } from '@mantine/core';
import type { GenerationState } from '../../gql/graphql';
import { generationStates } from '../../lib/generation';

export function RunStateBadge({ state }: { state: GenerationState }) {
  const { label, color } = generationStates[state];
  return (
    <Badge color={color} variant="light" miw="max-content">
      {label}
    </Badge>
  );
}
