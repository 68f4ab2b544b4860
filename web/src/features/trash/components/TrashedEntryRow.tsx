import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import type { TrashedKind } from '../../../gql/graphql';
import { formatRelative } from '../../../lib/dates';

const kindLabels: Record<TrashedKind, string> = { CONTENT_ITEM: 'Content item', CONTENT_PLAN: 'Plan', ASSET: 'Image' };

export interface TrashedEntryView {
  id: string;
  kind: TrashedKind;
  title: string;
  deletedAt: string;
  purgeAt: string;
  persona: { name: string } | null;
}

interface TrashedEntryRowProps {
  entry: TrashedEntryView;
  busy: boolean;
  onRestore: () => void;
  onDeleteForever: () => void;
}

const dateFormat = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', year: 'numeric' });

/** One deleted thing: what it was, when it goes for good, and the two ways out. */
export function TrashedEntryRow({ entry, busy, onRestore, onDeleteForever }: TrashedEntryRowProps) {
  const title = entry.title || (entry.kind === 'ASSET' ? 'Uploaded image' : 'Untitled');
  return (
    <Group component="li" justify="space-between" wrap="wrap" gap="sm" py="xs" aria-label={title} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <Stack gap={2} style={{ minWidth: 0, flex: '1 1 260px' }}>
        <Group gap="xs" wrap="nowrap">
          <Badge variant="light" size="sm">
            {kindLabels[entry.kind]}
          </Badge>
          <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
            {title}
          </Text>
        </Group>
        <Text size="xs" c="dimmed">
          {entry.persona ? `${entry.persona.name} · ` : ''}Deleted {formatRelative(entry.deletedAt)} · removed for good on{' '}
          {dateFormat.format(new Date(entry.purgeAt))}
        </Text>
      </Stack>
      <Group gap="xs">
        <Button size="compact-sm" variant="light" onClick={onRestore} disabled={busy}>
          Restore
        </Button>
        <Button size="compact-sm" variant="subtle" color="red" onClick={onDeleteForever} disabled={busy}>
          Delete forever
        </Button>
      </Group>
    </Group>
  );
}
