import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Box, Group, Progress, Stack, Text, TextInput } from '@mantine/core';
import { IconGripVertical, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { MediaView, type MediaValue } from '../../components/ui/MediaView';

export interface MediaRow {
  assetId: string;
  altText: string;
  asset: MediaValue & { processing: string; processingProgress: number };
}

interface SortableMediaListProps {
  rows: MediaRow[];
  disabled: boolean;
  /** The list in its new order (a drag, or the keyboard: space, arrows, space). */
  onReorder: (rows: MediaRow[]) => void;
  onAltText: (assetId: string, altText: string) => void;
  onRemove: (assetId: string) => void;
}

/** The item's media in order: drag (or move with the keyboard) to reorder, alt text per image, remove. */
export function SortableMediaList({ rows, disabled, onReorder, onAltText, onRemove }: SortableMediaListProps) {
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const ids = rows.map((row) => row.assetId);
    onReorder(arrayMove(rows, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))));
  }
  return (
    <DndContext sensors={sensors} collisionDetection={closestCenter} onDragEnd={onDragEnd}>
      <SortableContext items={rows.map((row) => row.assetId)} strategy={verticalListSortingStrategy}>
        <Stack gap={6} aria-label="Media in order" role="list">
          {rows.map((row, index) => (
            <SortableMediaRow key={row.assetId} row={row} index={index} disabled={disabled} onAltText={onAltText} onRemove={onRemove} />
          ))}
        </Stack>
      </SortableContext>
    </DndContext>
  );
}

function SortableMediaRow({ row, index, disabled, onAltText, onRemove }: { row: MediaRow; index: number; disabled: boolean } & Pick<SortableMediaListProps, 'onAltText' | 'onRemove'>) {
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: row.assetId, disabled });
  const [altText, setAltText] = useState(row.altText);
  const name = row.asset.kind === 'VIDEO' ? 'video' : 'image';
  return (
    <Group
      ref={setNodeRef}
      role="listitem"
      data-asset-id={row.assetId}
      gap="xs"
      wrap="nowrap"
      p={4}
      style={{
        transform: CSS.Transform.toString(transform),
        transition,
        opacity: isDragging ? 0.6 : 1,
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-sm)',
        background: 'var(--mantine-color-body)',
      }}
    >
      <ActionIcon variant="subtle" color="gray" aria-label={`Move ${name} ${index + 1}`} {...attributes} {...listeners} style={{ cursor: disabled ? 'progress' : 'grab', touchAction: 'none' }}>
        <IconGripVertical size={16} />
      </ActionIcon>
      <Text size="xs" c="dimmed" w={14}>
        {index + 1}
      </Text>
      <Box w={56} h={56} style={{ flex: 'none', overflow: 'hidden', borderRadius: 4 }}>
        <MediaView media={row.asset} />
      </Box>
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        {row.asset.kind === 'IMAGE' ? (
          <TextInput
            size="xs"
            aria-label={`Alt text of image ${index + 1}`}
            placeholder="What the image shows, for people who cannot see it"
            value={altText}
            maxLength={1000}
            disabled={disabled}
            onChange={(event) => setAltText(event.currentTarget.value)}
            onBlur={() => altText !== row.altText && onAltText(row.assetId, altText)}
          />
        ) : row.asset.processing === 'PROCESSING' ? (
          <Stack gap={2}>
            <Text size="xs">Converting for publishing… {row.asset.processingProgress}%</Text>
            <Progress value={row.asset.processingProgress} size="xs" aria-label="Conversion progress" />
          </Stack>
        ) : (
          <Text size="xs" c={row.asset.processing === 'FAILED' ? 'red' : 'dimmed'}>
            {row.asset.processing === 'FAILED' ? 'This video could not be converted; upload it again' : 'Video'}
          </Text>
        )}
      </Stack>
      <ActionIcon variant="subtle" color="red" aria-label={`Remove ${name} ${index + 1}`} disabled={disabled} onClick={() => onRemove(row.assetId)}>
        <IconX size={14} />
      </ActionIcon>
    </Group>
  );
}
