import { Button, Group, Paper, Stack, Textarea } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';

interface CaptionProposalProps {
  proposal: string;
  onChange: (proposal: string) => void;
  onAccept: () => void;
  onDiscard: () => void;
}

/** A written caption beside the field, editable, until the person accepts or discards it. */
export function CaptionProposal({ proposal, onChange, onAccept, onDiscard }: CaptionProposalProps) {
  return (
    <Paper component="section" aria-label="Proposed caption" withBorder p="sm" bg="var(--mantine-color-grape-light)">
      <Stack gap="xs">
        <Textarea
          label="Proposed caption"
          description="Not saved. Edit it if you like, then accept it into the caption or discard it."
          autosize
          minRows={3}
          maxRows={10}
          value={proposal}
          onChange={(event) => onChange(event.currentTarget.value)}
        />
        <Group gap="xs">
          <Button size="xs" leftSection={<IconCheck size={14} />} onClick={onAccept}>
            Accept
          </Button>
          <Button size="xs" variant="default" leftSection={<IconX size={14} />} onClick={onDiscard}>
            Discard
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
