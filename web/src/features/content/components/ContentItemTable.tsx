import { Box, Checkbox, EmptyState, LoadingOverlay, Stack, Table } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconFilterOff } from '@tabler/icons-react';
import { LoadMore } from '../../../components/ui/LoadMore';
import { ContentItemCard } from './ContentItemCard';
import { ContentItemRow, type ContentItemRowItem, type ItemSummary } from './ContentItemRow';

type ListItem = { id: string } & ContentItemRowItem;

interface ContentItemTableProps {
  items: ReadonlyArray<ListItem>;
  totalCount: number;
  hasNextPage: boolean;
  /** The filters changed and the new page is on its way. */
  refreshing: boolean;
  loadingMore: boolean;
  isSelected: (itemId: string) => boolean;
  onSelect: (item: ItemSummary, selected: boolean) => void;
  /** Select or unselect every item shown. */
  onSelectAll: (selected: boolean) => void;
  onLoadMore: () => void;
  onEdit: (itemId: string) => void;
  onDelete: (item: ItemSummary) => void;
}

/** The list as a table on wider screens and as cards on a phone, where a table's actions would scroll out of reach. */
export function ContentItemTable(props: ContentItemTableProps) {
  const { items, totalCount, hasNextPage, refreshing, loadingMore, isSelected, onSelect, onSelectAll, onLoadMore, onEdit, onDelete } = props;
  const isPhone = useMediaQuery('(max-width: 48em)');
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
  const selectedCount = items.filter((item) => isSelected(item.id)).length;
  const allBox = (
    <Checkbox
      aria-label="Select all shown items"
      label={isPhone ? 'Select all shown' : undefined}
      checked={selectedCount > 0 && selectedCount === items.length}
      indeterminate={selectedCount > 0 && selectedCount < items.length}
      onChange={(event) => onSelectAll(event.currentTarget.checked)}
    />
  );
  const rowProps = (item: ListItem) => ({
    item,
    selected: isSelected(item.id),
    onSelect,
    onEdit: () => onEdit(item.id),
    onDelete,
  });
  return (
    <Box pos="relative">
      <LoadingOverlay visible={refreshing} zIndex={10} overlayProps={{ blur: 1 }} />
      {isPhone ? (
        <Stack gap="xs">
          {allBox}
          <Stack gap="xs" component="ul" aria-label="Content items" p={0} m={0} style={{ listStyle: 'none' }}>
            {items.map((item) => (
              <ContentItemCard key={item.id} {...rowProps(item)} />
            ))}
          </Stack>
        </Stack>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table striped highlightOnHover verticalSpacing="xs" aria-label="Content items">
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={40}>{allBox}</Table.Th>
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
                <ContentItemRow key={item.id} {...rowProps(item)} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <LoadMore shown={items.length} total={totalCount} hasMore={hasNextPage} loading={loadingMore} onLoadMore={onLoadMore} />
    </Box>
  );
}
