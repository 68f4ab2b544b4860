import { Badge } from '@mantine/core';
import { contentStatuses } from '../../lib/content-status';
import type { ContentItemStatus } from '../../gql/graphql';

export function StatusBadge({ status }: { status: ContentItemStatus }) {
  const { label, color } = contentStatuses[status];
  // Never shortened to "SCHE…": a squeezed table column must not hide the status.
  return (
    <Badge color={color} variant="light" miw="max-content">
      {label}
    </Badge>
  );
}
