import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { contentStatuses } from '../../../lib/content-status';
import type { LockOverride } from '../hooks/useBoardMoves';
import { cardTitle } from './BoardCard';

interface LockOverrideDialogProps {
  override: LockOverride | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

function titleOf(override: LockOverride | null): string {
  if (!override || override.checks.length > 1) return 'Flagged by the identity lock';
  return { voice: 'Off-voice caption', image: 'Image unlike the persona', canon: 'Caption contradicts the canon' }[override.checks[0]!];
}

/**
 * Asks why an item the identity lock flagged (its caption's voice, its image's likeness) should go
 * on anyway; the reason is recorded with the move, for each check it overrides.
 */
export function LockOverrideDialog({ override, onConfirm, onCancel }: LockOverrideDialogProps) {
  const [reason, setReason] = useState('');
  const to = override ? contentStatuses[override.to].label : '';
  return (
    <Modal opened={override !== null} onClose={onCancel} title={titleOf(override)} centered>
      {override && (
        <Stack gap="sm">
          <Text size="sm">
            “{cardTitle(override.item)}”: {override.details}
          </Text>
          <Textarea
            label="Why move it anyway?"
            description="Kept on the item with your name, for whoever reviews it."
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            autosize
            minRows={2}
            maxLength={2000}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
            <Button
              disabled={!reason.trim()}
              onClick={() => {
                onConfirm(reason.trim());
                setReason('');
              }}
            >
              Move to {to} anyway
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
