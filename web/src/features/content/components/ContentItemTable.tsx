import { Box, EmptyState, LoadingOverlay, Table } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { LoadMore } from '../../../components/ui/LoadMore';
import { ContentItemRow, type ContentItemRowItem, type ItemSummary } from './ContentItemRow';

type ListItem = { id: string } & ContentItemRowItem;

interface ContentItemTableProps {
  items: ReadonlyArray<ListItem>;
  totalCount: number;
  hasNextPage: boolean;
  /** The filters changed and the new page is on its way. */
  refreshing: boolean;
  loadingMore: boolean;
  onLoadMore: () => void;
  onEdit: (itemId: string) => void;
  onDelete: (item: ItemSummary) => void;
}

export function ContentItemTable(props: ContentItemTableProps) {
  const { items, totalCount, hasNextPage, refreshing, loadingMore, onLoadMore, onEdit, onDelete } = props;
  if (items.length === 0 && !refreshing) {
    return (
      <EmptyState
        icon={<IconFilterOff />}
        title="No content items"
        description="Nothing matches these filters yet. Create an item or widen the filters."
        py="xl"
      />
    );
  }
  return (
    <Box pos="relative">
      <LoadingOverlay visible={refreshing} zIndex={10} overlayProps={{ blur: 1 }} />
      <Table.ScrollContainer minWidth={860}>
        <Table striped highlightOnHover verticalSpacing="xs" aria-label="Content items">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Title</Table.Th>
              <Table.Th>Persona</Table.Th>
              <Table.Th>Plan</Table.Th>
              <Table.Th>Platform</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Scheduled</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <ContentItemRow key={item.id} item={item} onEdit={() => onEdit(item.id)} onDelete={onDelete} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <LoadMore
        shown={items.length}
        total={totalCount}
        hasMore={hasNextPage}
        loading={loadingMore}
        onLoadMore={onLoadMore}
      />
    </Box>
  );
}
