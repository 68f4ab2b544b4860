import { Button, Card, Checkbox, Group, Stack, Text } from '@mantine/core';
import { SimulatedBadge } from '../../../components/ui/SimulatedBadge';
import { StatusBadge } from '../../../components/ui/StatusBadge';
import { getFragmentData } from '../../../gql/fragment-masking';
import { formatInstant } from '../../../lib/dates';
import { platformLabels } from '../../../lib/platforms';
import { contentItemRowFragment, summaryOf, type ContentItemRowProps } from './ContentItemRow';

/** One item on a phone: the row's facts stacked, with its actions in reach of a thumb. */
export function ContentItemCard({ item: itemRef, selected, onSelect, onEdit, onDelete }: ContentItemRowProps) {
  const item = getFragmentData(contentItemRowFragment, itemRef);
  const title = item.title || 'Untitled';
  return (
    <Card withBorder padding="sm" component="li" aria-label={title} bg={selected ? 'var(--mantine-primary-color-light)' : undefined}>
      <Group align="flex-start" wrap="nowrap" gap="sm">
        <Checkbox
          mt={2}
          aria-label={`Select “${title}”`}
          checked={selected}
          onChange={(event) => onSelect(summaryOf(item), event.currentTarget.checked)}
        />
        <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
          <Group gap={6} wrap="nowrap" justify="space-between">
            <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
              {title}
            </Text>
            <StatusBadge status={item.status} />
          </Group>
          {item.caption && (
            <Text size="xs" c="dimmed" lineClamp={2}>
              {item.caption}
            </Text>
          )}
          <Text size="xs" c="dimmed">
            @{item.persona.handle} · {platformLabels[item.platform]}
            {item.scheduledAt ? ` · ${formatInstant(item.scheduledAt, item.persona.timeZone)}` : ''}
          </Text>
          {item.simulated && <SimulatedBadge size="xs" />}
          <Group gap="xs" mt={4}>
            <Button size="compact-sm" variant="light" onClick={onEdit}>
              Edit
            </Button>
            <Button size="compact-sm" variant="subtle" color="red" onClick={() => onDelete(summaryOf(item))}>
              Delete
            </Button>
          </Group>
        </Stack>
      </Group>
    </Card>
  );
}
