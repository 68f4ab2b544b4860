import { Button, Group } from '@mantine/core';

interface ContentItemFormActionsProps {
  isNew: boolean;
  unsaved: boolean;
  saving: boolean;
  /** Hands the stored item over to the schedule dialog; absent where the form offers no publishing. */
  onPublish?: () => void;
  /** Puts the stored item back in a form that stays open (the drawer); absent in a dialog, which cancels. */
  onDiscard?: () => void;
  onCancel?: () => void;
}

/** The item form's buttons: publishing, discarding or cancelling, and saving. */
export function ContentItemFormActions({ isNew, unsaved, saving, onPublish, onDiscard, onCancel }: ContentItemFormActionsProps) {
  return (
    <Group justify="flex-end" mt="sm">
      {onPublish && (
        <Button
          variant="light"
          mr="auto"
          // Scheduling works from the stored item; unsaved edits would not go out.
          disabled={unsaved}
          title={unsaved ? 'Save your changes first' : undefined}
          onClick={onPublish}
        >
          Publish on a channel…
        </Button>
      )}
      {onDiscard ? (
        <Button variant="default" disabled={!unsaved} onClick={onDiscard}>
          Discard changes
        </Button>
      ) : (
        <Button variant="default" onClick={onCancel}>
          Cancel
        </Button>
      )}
      <Button type="submit" loading={saving}>
        {isNew ? 'Create item' : 'Save'}
      </Button>
    </Group>
  );
}
