import { useDroppable } from '@dnd-kit/core';
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { memo, useId } from 'react';
import type { ContentItemStatus } from '../../../gql/graphql';
import { contentStatuses } from '../../../lib/content-status';
import { BoardCard, type BoardCardItem } from './BoardCard';
import type { GroupedColumn } from './board-columns';

interface BoardColumnProps {
  column: GroupedColumn;
  /** While a card is dragged: whether the lifecycle has a move from its status to this one. */
  acceptsDraggedCard: boolean;
  loadingMore: boolean;
  onLoadMore: (status: ContentItemStatus) => void;
  onOpen: (itemId: string) => void;
  isSelected: (itemId: string) => boolean;
  onSelect: (item: BoardCardItem, selected: boolean) => void;
  /** On a phone the one column shown takes the whole width. */
  fullWidth?: boolean;
}

/** Narrow enough that all six columns fit beside the menu on a 1440 px screen; wider screens share the room. */
export const columnMinWidth = 180;

export const BoardColumn = memo(function BoardColumn(props: BoardColumnProps) {
  const { column, acceptsDraggedCard, loadingMore, onLoadMore, onOpen, isSelected, onSelect, fullWidth } = props;
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
        flex: fullWidth ? '1 1 100%' : `1 0 ${columnMinWidth}px`,
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
          <BoardCard key={card.id} item={card} selected={isSelected(card.id)} onSelect={onSelect} onOpen={onOpen} />
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
