import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { contentStatuses } from '../../../lib/content-status';
import type { VoiceOverride } from '../hooks/useBoardMoves';
import { cardTitle } from './BoardCard';

interface VoiceOverrideDialogProps {
  override: VoiceOverride | null;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

/** Asks why a caption the voice lock flagged should go on anyway; the reason is recorded with the move. */
export function VoiceOverrideDialog({ override, onConfirm, onCancel }: VoiceOverrideDialogProps) {
  const [reason, setReason] = useState('');
  const to = override ? contentStatuses[override.to].label : '';
  return (
    <Modal opened={override !== null} onClose={onCancel} title="Off-voice caption" centered>
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
