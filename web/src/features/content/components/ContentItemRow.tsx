import { Anchor, Button, Checkbox, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import { SimulatedBadge } from '../../../components/ui/SimulatedBadge';
import { StatusBadge } from '../../../components/ui/StatusBadge';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import type { ContentItemRow_ItemFragment } from '../../../gql/graphql';
import { formatInstant } from '../../../lib/dates';
import { platformLabels } from '../../../lib/platforms';

export const contentItemRowFragment = graphql(`
  fragment ContentItemRow_item on ContentItem {
    id
    version
    title
    caption
    platform
    status
    scheduledAt
    publishedAt
    failureReason
    simulated
    persona {
      id
      name
      handle
      timeZone
    }
    plan {
      id
      title
    }
  }
`);

export type ContentItemRowItem = FragmentType<typeof contentItemRowFragment>;

export interface ItemSummary {
  id: string;
  version: number;
  title: string;
  personaId: string;
  planId: string | null;
}

export function summaryOf(item: ContentItemRow_ItemFragment): ItemSummary {
  return { id: item.id, version: item.version, title: item.title || 'Untitled', personaId: item.persona.id, planId: item.plan?.id ?? null };
}

export interface ContentItemRowProps {
  item: ContentItemRowItem;
  selected: boolean;
  onSelect: (item: ItemSummary, selected: boolean) => void;
  onEdit: () => void;
  onDelete: (item: ItemSummary) => void;
}

export function ContentItemRow({ item: itemRef, selected, onSelect, onEdit, onDelete }: ContentItemRowProps) {
  const item = getFragmentData(contentItemRowFragment, itemRef);
  const { timeZone } = item.persona;
  const title = item.title || 'Untitled';
  return (
    <Table.Tr bg={selected ? 'var(--mantine-primary-color-light)' : undefined}>
      <Table.Td w={40}>
        <Checkbox
          aria-label={`Select “${title}”`}
          checked={selected}
          onChange={(event) => onSelect(summaryOf(item), event.currentTarget.checked)}
        />
      </Table.Td>
      <Table.Td maw={320}>
        <Stack gap={0}>
          <Group gap={6} wrap="nowrap">
            <Text size="sm" fw={500} truncate>
              {title}
            </Text>
            {item.simulated && <SimulatedBadge size="xs" />}
          </Group>
          <Text size="xs" c="dimmed" lineClamp={1}>
            {item.caption}
          </Text>
        </Stack>
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={`/personas/${item.persona.id}`} size="sm">
          @{item.persona.handle}
        </Anchor>
      </Table.Td>
      <Table.Td>
        {item.plan ? (
          <Anchor component={Link} to={`/plans/${item.plan.id}`} size="sm">
            {item.plan.title}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{platformLabels[item.platform]}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Tooltip label={item.failureReason} disabled={!item.failureReason}>
          <span>
            <StatusBadge status={item.status} />
          </span>
        </Tooltip>
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Text size="sm">{item.scheduledAt ? formatInstant(item.scheduledAt, timeZone) : '—'}</Text>
        {item.scheduledAt && (
          <Text size="xs" c="dimmed">
            {timeZone}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Button size="compact-sm" variant="subtle" onClick={onEdit}>
            Edit
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            onClick={() => onDelete(summaryOf(item))}
          >
            Delete
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
