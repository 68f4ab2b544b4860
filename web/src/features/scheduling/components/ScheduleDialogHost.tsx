import { skipToken, useQuery } from '@apollo/client/react';
import { Modal, Text } from '@mantine/core';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { graphql } from '../../../gql/gql';
import { useScheduleDialog } from '../../../lib/schedule-dialog';
import { SchedulePostForm } from './SchedulePostForm';

const scheduleDialogQuery = graphql(`
  query ScheduleDialog($itemId: ID!) {
    contentItem(id: $itemId) {
      id
      title
      ...SchedulePostForm_item
    }
    platforms {
      platform
      captionMaxCharacters
    }
  }
`);

/** The dialog that schedules the item named in the URL (`?schedule=<id>`) on one or several of its persona's channels. */
export function ScheduleDialogHost() {
  const { scheduleItemId, scheduleChannelIds, closeScheduleDialog } = useScheduleDialog();
  // The item's version and its persona's channels must be current: scheduling checks both.
  const { data, error, refetch } = useQuery(
    scheduleDialogQuery,
    scheduleItemId ? { variables: { itemId: scheduleItemId }, fetchPolicy: 'network-only' } : skipToken,
  );
  const item = data?.contentItem;
  const title = item ? `Schedule “${item.title || 'Untitled'}” on a channel` : 'Schedule on a channel';

  return (
    <Modal
      opened={scheduleItemId !== null}
      onClose={closeScheduleDialog}
      title={title}
      closeButtonProps={{ 'aria-label': 'Close scheduling' }}
      styles={{ title: { fontWeight: 600 } }}
      centered
    >
      {error && !item ? (
        <QueryError error={error} onRetry={() => void refetch()} title="Could not load this item" />
      ) : !data ? (
        <PageLoader rows={2} />
      ) : !item ? (
        <Text size="sm" c="dimmed">
          This item no longer exists, or it is not yours.
        </Text>
      ) : (
        <SchedulePostForm
          key={item.id}
          item={item}
          channelIds={scheduleChannelIds}
          captionLimits={Object.fromEntries(data.platforms.map(({ platform, captionMaxCharacters }) => [platform, captionMaxCharacters]))}
          onDone={closeScheduleDialog}
        />
      )}
    </Modal>
  );
}
