import { Badge } from '@mantine/core';
import type { ScheduledPostState } from '../../gql/graphql';
import { scheduledPostStates } from '../../lib/publishing';

export function PostStateBadge({ state }: { state: ScheduledPostState }) {
  const { label, color } = scheduledPostStates[state];
  return (
    <Badge color={color} variant="light" miw="max-content">
      {label}
    </Badge>
  );
}
