import { Badge } from '@mantine/core';
import { contentStatuses } from '../../lib/content-status';
import type { ContentItemStatus } from '../../gql/graphql';

export function StatusBadge({ status }: { status: ContentItemStatus }) {
  const { label, color } = contentStatuses[status];
  return (
    <Badge color={color} variant="light">
      {label}
    </Badge>
  );
}
