import { skipToken, useQuery } from '@apollo/client/react';
import { Modal, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import type { GeneratorInfoValue } from '../../../components/ui/GeneratorBadge';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { graphql } from '../../../gql/gql';
import { editParam, newItemKey } from '../hooks/useEditedItem';
import { ContentItemForm } from '../../../item-editor/components/ContentItemForm';
import type { PlatformOption } from '../../../lib/platforms';
import type { PersonaOption } from '../../../item-editor/components/persona-option';

// An item the list has loaded is read from the cache; one it has not (another page of the list,
// a link, a reload) is fetched.
const editedItemQuery = graphql(`
  query ContentItemEditor($id: ID!) {
    contentItem(id: $id) {
      id
      ...ContentItemForm_item
      ...ItemGeneration_item
      ...ItemMedia_item
    }
  }
`);

interface ContentItemEditDialogProps {
  /** The item's id, `new` for a new item, or null while closed. */
  edited: string | null;
  personas: ReadonlyArray<PersonaOption>;
  platformOptions: PlatformOption[];
  /** Preselected persona and plan for a new item, e.g. from the list's filters. */
  defaults: { personaId: string | null; planId: string | null; plannedLocal?: string | null };
  generator: GeneratorInfoValue;
  onClose: () => void;
}

/** The editor of one content item, or of a new one, over the content list. */
export function ContentItemEditDialog({ edited, personas, platformOptions, defaults, generator, onClose }: ContentItemEditDialogProps) {
  const isPhone = useMediaQuery('(max-width: 36em)');
  const isNew = edited === newItemKey;
  const { data, error, refetch } = useQuery(editedItemQuery, edited && !isNew ? { variables: { id: edited } } : skipToken);
  const item = data?.contentItem;
  const form = (itemRef?: NonNullable<typeof item>) => (
    <ContentItemForm
      key={itemRef?.id ?? newItemKey}
      personas={personas}
      platformOptions={platformOptions}
      item={itemRef}
      defaults={defaults}
      generator={generator}
      hostParam={editParam}
      onDone={onClose}
    />
  );

  return (
    <Modal
      opened={edited !== null}
      onClose={onClose}
      title={isNew ? 'New content item' : 'Edit content item'}
      closeButtonProps={{ 'aria-label': 'Close editor' }}
      size="lg"
      fullScreen={isPhone}
    >
      {edited === null ? null : isNew ? (
        form()
      ) : error && !item ? (
        <QueryError error={error} onRetry={() => void refetch()} title="Could not load this item" />
      ) : !data ? (
        <PageLoader rows={4} />
      ) : !item ? (
        <Text size="sm" c="dimmed">
          This item no longer exists, or it is not yours.
        </Text>
      ) : (
        form(item)
      )}
    </Modal>
  );
}
