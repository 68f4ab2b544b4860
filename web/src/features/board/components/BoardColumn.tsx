import { useDroppable } from '@dnd-kit/core';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { memo, useId } from 'react';
import type { ContentItemStatus } from '../../../gql/graphql';
import { contentStatuses } from '../../../lib/content-status';
import { BoardCard } from './BoardCard';
import type { GroupedColumn } from './board-columns';

interface BoardColumnProps {
  column: GroupedColumn;
  /** While a card is dragged: whether the lifecycle has a move from its status to this one. */
  acceptsDraggedCard: boolean;
  loadingMore: boolean;
  onLoadMore: (status: ContentItemStatus) => void;
  onOpen: (itemId: string) => void;
}

export const columnWidth = 272;

export const BoardColumn = memo(function BoardColumn(props: BoardColumnProps) {
  const { column, acceptsDraggedCard, loadingMore, onLoadMore, onOpen } = props;
  const { setNodeRef, isOver } = useDroppable({ id: column.status });
  const headingId = useId();
  const { label, color } = contentStatuses[column.status];
  const borderColor = isOver
    ? `var(--mantine-color-${color}-6)`
    : acceptsDraggedCard
      ? `var(--mantine-color-${color}-3)`
      : undefined;

  return (
    <Paper
      ref={setNodeRef}
      component="section"
      role="region"
      aria-labelledby={headingId}
      withBorder
      radius="md"
      bg={isOver ? `var(--mantine-color-${color}-light)` : 'var(--mantine-color-default-hover)'}
      style={{
        flex: `0 0 ${columnWidth}px`,
        // Without it a flex item is as wide as its widest unbreakable content.
        minWidth: 0,
        display: 'flex',
        flexDirection: 'column',
        maxHeight: 'max(420px, calc(100dvh - 240px))',
        scrollSnapAlign: 'start',
        borderColor,
        borderStyle: acceptsDraggedCard ? 'dashed' : undefined,
      }}
    >
      <Group justify="space-between" px="sm" py="xs" wrap="nowrap">
        <Title order={2} size="h5" id={headingId}>
          {label}
        </Title>
        <Badge color={color} variant="light" aria-label={`${column.count} items`}>
          {column.count}
        </Badge>
      </Group>
      <Stack gap={6} px="xs" pb="xs" mih={96} style={{ overflowY: 'auto', flex: 1 }}>
        {column.cards.map((card) => (
          <BoardCard key={card.id} item={card} onOpen={onOpen} />
        ))}
        {column.cards.length === 0 && (
          <Text size="xs" c="dimmed" ta="center" py="md">
            No items
          </Text>
        )}
        {column.hasNextPage && (
          <Button variant="subtle" size="xs" loading={loadingMore} onClick={() => onLoadMore(column.status)}>
            Show more
          </Button>
        )}
      </Stack>
    </Paper>
  );
});
