import { Button, Group, Menu, Paper, Text } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog } from '../components/ui/ConfirmDialog';
import { showUndoNotice } from '../components/ui/undo-notice';
import type { ContentItemStatus } from '../gql/graphql';
import { contentStatuses } from '../lib/content-status';
import { describeError } from '../lib/graphql-errors';
import { useRestoreFromTrash } from '../lib/use-restore-from-trash';
import { BulkOutcomeAlert } from './BulkOutcomeAlert';
import { BulkScheduleDialog } from './BulkScheduleDialog';
import { useBulkItemActions, type BulkOutcome } from './useBulkItemActions';
import type { ItemSelection } from './useItemSelection';

/** Statuses a person may move items to; POSTED and FAILED are the publisher's. */
const MOVE_TARGETS: ContentItemStatus[] = ['IDEA', 'DRAFT', 'READY', 'SCHEDULED'];

/**
 * The actions for the selected items, and what the last one did. Items an action went through
 * for leave the selection; refused ones stay selected, to fix and try again.
 */
export function BulkActionBar({ selection }: { selection: ItemSelection }) {
  const actions = useBulkItemActions();
  const { restore } = useRestoreFromTrash();
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [scheduling, setScheduling] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { items, count } = selection;

  function finish(result: BulkOutcome) {
    setOutcome(result);
    const done = new Set(result.doneIds);
    selection.setAll(items.filter((item) => done.has(item.id)), false);
  }

  async function run(action: () => Promise<BulkOutcome>) {
    setError(null);
    try {
      const result = await action();
      finish(result);
      return result;
    } catch (caught) {
      setError(describeError(caught).message);
      return null;
    }
  }

  async function remove() {
    const result = await run(() => actions.remove(items));
    setConfirmingDelete(false);
    if (result?.doneIds.length) {
      const ids = result.doneIds;
      showUndoNotice(`Moved ${ids.length} item${ids.length === 1 ? '' : 's'} to the Trash`, () => restore(ids));
    }
  }

  return (
    <>
      {count > 0 && (
        <Paper withBorder p="xs" mb="sm" role="toolbar" aria-label="Selected items">
          <Group gap="xs" wrap="wrap">
            <Text size="sm" fw={600} mr="xs">
              {count} selected
            </Text>
            <Menu position="bottom-start">
              <Menu.Target>
                <Button size="compact-sm" variant="light" rightSection={<IconChevronDown size={14} />} loading={actions.busy}>
                  Move to
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {MOVE_TARGETS.map((status) => (
                  <Menu.Item key={status} onClick={() => void run(() => actions.move(items, status, contentStatuses[status].label))}>
                    {contentStatuses[status].label}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
            <Button size="compact-sm" variant="light" onClick={() => setScheduling(true)}>
              Schedule…
            </Button>
            <Button size="compact-sm" variant="light" color="red" onClick={() => setConfirmingDelete(true)}>
              Delete
            </Button>
            <Button size="compact-sm" variant="subtle" onClick={selection.clear}>
              Clear selection
            </Button>
          </Group>
          {error && (
            <Text size="sm" c="red" mt="xs" role="alert">
              {error}
            </Text>
          )}
        </Paper>
      )}
      <BulkOutcomeAlert outcome={outcome} onClose={() => setOutcome(null)} />
      <BulkScheduleDialog
        selected={scheduling ? items : null}
        onClose={() => setScheduling(false)}
        onSchedule={async (channelId, queue) => {
          finish(await actions.schedule(items, channelId, queue));
          setScheduling(false);
        }}
      />
      <ConfirmDialog
        opened={confirmingDelete}
        title={`Delete ${count} item${count === 1 ? '' : 's'}?`}
        message="They move to the Trash, where you can restore them for 30 days. Pending posts are cancelled."
        confirmLabel="Move to Trash"
        loading={actions.busy}
        onConfirm={() => void remove()}
        onClose={() => setConfirmingDelete(false)}
      />
    </>
  );
}
