import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { EmptyState, Stack } from '@mantine/core';
import { notifications } from '../../../lib/notifications';
import { IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ui/ConfirmDialog';
import { LoadMore } from '../../../components/ui/LoadMore';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { graphql } from '../../../gql/gql';
import { describeError } from '../../../lib/graphql-errors';
import { useRestoreFromTrash } from '../../../lib/use-restore-from-trash';
import { TrashedEntryRow, type TrashedEntryView } from '../components/TrashedEntryRow';
import { useDeleteFromTrash } from '../hooks/useDeleteFromTrash';

const trashPageQuery = graphql(`
  query TrashPage($after: String) {
    trash(first: 50, after: $after) {
      totalCount
      nodes {
        id
        kind
        title
        deletedAt
        purgeAt
        persona {
          id
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export function TrashRoute() {
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(trashPageQuery, { fetchPolicy: 'cache-and-network' });
  const { restore, loading: restoring } = useRestoreFromTrash();
  const { deleteForever, loading: deleting } = useDeleteFromTrash();
  const [confirming, setConfirming] = useState<TrashedEntryView | null>(null);

  async function act(action: () => Promise<unknown>, done: string) {
    try {
      await action();
      notifications.show({ message: done });
    } catch (caught) {
      notifications.show({ color: 'red', title: 'That did not work', message: describeError(caught).message });
    }
  }

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader rows={4} />;
  const { nodes, totalCount, pageInfo } = data.trash;
  return (
    <>
      <PageHeader title="Trash" description="Deleted content items, plans and images. Restore them within 30 days; after that they are removed for good." />
      {nodes.length === 0 ? (
        <EmptyState icon={<IconTrash />} title="The Trash is empty" description="What you delete waits here for 30 days." py="xl" />
      ) : (
        <Stack gap={0} component="ul" aria-label="Deleted things" p={0} m={0} style={{ listStyle: 'none' }}>
          {nodes.map((entry) => (
            <TrashedEntryRow
              key={entry.id}
              entry={entry}
              busy={restoring || deleting}
              onRestore={() => void act(() => restore([entry.id]), `Restored “${entry.title || 'it'}”`)}
              onDeleteForever={() => setConfirming(entry)}
            />
          ))}
        </Stack>
      )}
      <LoadMore
        shown={nodes.length}
        total={totalCount}
        hasMore={pageInfo.hasNextPage}
        loading={networkStatus === NetworkStatus.fetchMore}
        onLoadMore={() => void fetchMore({ variables: { after: pageInfo.endCursor } })}
      />
      <ConfirmDialog
        opened={confirming !== null}
        title="Delete forever?"
        message={`“${confirming?.title || 'This'}” will be removed for good${confirming?.kind === 'CONTENT_ITEM' ? ', with its publishing history and figures' : ''}. This cannot be undone.`}
        confirmLabel="Delete forever"
        loading={deleting}
        onConfirm={() => {
          const entry = confirming!;
          setConfirming(null);
          void act(() => deleteForever([entry.id]), 'Deleted for good');
        }}
        onClose={() => setConfirming(null)}
      />
    </>
  );
}
