import { Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { formatRelative } from '../../lib/dates';
import { useCaptionHistory } from '../hooks/useCaptionHistory';

interface EarlierCaptionsProps {
  itemId: string;
  /** Puts an earlier caption into the field; saving keeps it, like any edit. */
  onPutBack: (caption: string) => void;
}

/** The captions a saved item had before, newest first, with when and by whom they were replaced. */
export function EarlierCaptions({ itemId, onPutBack }: EarlierCaptionsProps) {
  const revisions = useCaptionHistory(itemId);
  if (revisions.length === 0) return null;
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500}>
        Earlier captions
      </Text>
      <Stack component="ul" aria-label="Earlier captions" gap={6} m={0} p={0} style={{ listStyle: 'none' }}>
        {revisions.map((revision) => (
          <Group component="li" key={revision.id} justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <Stack gap={0} miw={0}>
              <Text size="sm" lineClamp={2} style={{ whiteSpace: 'pre-wrap' }}>
                {revision.caption}
              </Text>
              <Text size="xs" c="dimmed">
                Replaced <time dateTime={revision.replacedAt}>{formatRelative(revision.replacedAt)}</time> by{' '}
                {revision.replacedBy.kind === 'PROCESS' ? `DoppelCart (${revision.replacedBy.name})` : revision.replacedBy.name}
              </Text>
            </Stack>
            <Button size="compact-xs" variant="subtle" leftSection={<IconArrowBackUp size={14} />} onClick={() => onPutBack(revision.caption)}>
              Put back
            </Button>
          </Group>
        ))}
      </Stack>
    </Stack>
  );
}
