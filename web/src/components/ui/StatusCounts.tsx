import { Badge, Group, Text } from '@mantine/core';
import { contentStatuses, statusCountEntries, type StatusCountsValue } from '../../lib/content-status';

/** One badge per status that has items, plus the total; the counts say where work stands. */
export function StatusCounts({ counts }: { counts: StatusCountsValue }) {
  if (counts.total === 0) {
    return (
      <Text size="sm" c="dimmed">
        No content items yet
      </Text>
    );
  }
  return (
    <Group gap={6} role="group" aria-label="Content items by status">
      <Badge variant="outline" color="gray">
        {counts.total} total
      </Badge>
      {statusCountEntries(counts)
        .filter(([, count]) => count > 0)
        .map(([status, count]) => (
          <Badge key={status} color={contentStatuses[status].color} variant="light">
            {count} {contentStatuses[status].label.toLowerCase()}
          </Badge>
        ))}
    </Group>
  );
}
