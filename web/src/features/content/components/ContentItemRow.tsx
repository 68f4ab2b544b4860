import { Anchor, Button, Group, Stack, Table, Text, Tooltip } from '@mantine/core';
import { Link } from 'react-router';
import { SimulatedBadge } from '../../../components/ui/SimulatedBadge';
import { StatusBadge } from '../../../components/ui/StatusBadge';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { formatInstant } from '../../../lib/dates';
import { platformLabels } from '../../../lib/platforms';

const contentItemRowFragment = graphql(`
  fragment ContentItemRow_item on ContentItem {
    id
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
  title: string;
  personaId: string;
  planId: string | null;
}

interface ContentItemRowProps {
  item: ContentItemRowItem;
  onEdit: () => void;
  onDelete: (item: ItemSummary) => void;
}

export function ContentItemRow({ item: itemRef, onEdit, onDelete }: ContentItemRowProps) {
  const item = getFragmentData(contentItemRowFragment, itemRef);
  const { timeZone } = item.persona;
  const title = item.title || 'Untitled';
  return (
    <Table.Tr>
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
            onClick={() => onDelete({ id: item.id, title, personaId: item.persona.id, planId: item.plan?.id ?? null })}
          >
            Delete
          </Button>
        </Group>
      </Table.Td>
    </Table.Tr>
  );
}
