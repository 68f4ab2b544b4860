import { Button, Group, Stack, Text } from '@mantine/core';
import { IconArrowBackUp } from '@tabler/icons-react';
import { Hashtags } from '../../components/ui/Hashtags';
import { hashtagsIn } from '../../lib/hashtags';
import type { CaptionEditing } from '../hooks/useCaptionEditing';
import { CaptionProposal } from './CaptionProposal';
import { EarlierCaptions } from './EarlierCaptions';

interface CaptionAssistProps {
  caption: string;
  editing: CaptionEditing;
  /** The saved item, whose earlier captions can be put back; null for a new item. */
  itemId: string | null;
}

/**
 * What sits beside the caption field: its hashtags (read from the caption, the only place they
 * are kept), a written proposal, an undo for the text last put in, and the earlier captions.
 */
export function CaptionAssist({ caption, editing, itemId }: CaptionAssistProps) {
  return (
    <Stack gap="xs">
      <Hashtags tags={hashtagsIn(caption)} />
      {editing.proposal !== null && (
        <CaptionProposal
          proposal={editing.proposal}
          onChange={editing.setProposal}
          onAccept={editing.accept}
          onDiscard={editing.discard}
        />
      )}
      {editing.undoable && (
        <Group gap="xs" role="status">
          <Text size="sm">{editing.undoable}; it is saved when you save.</Text>
          <Button size="compact-sm" variant="subtle" leftSection={<IconArrowBackUp size={14} />} onClick={editing.undo}>
            Undo
          </Button>
        </Group>
      )}
      {itemId && <EarlierCaptions itemId={itemId} onPutBack={editing.putBack} />}
    </Stack>
  );
}
