import { closestCenter, DndContext, KeyboardSensor, PointerSensor, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { arrayMove, SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { ActionIcon, Box, Group, Progress, Stack, Text, TextInput } from '@mantine/core';
import { IconGripVertical, IconX } from '@tabler/icons-react';
import { useState } from 'react';
import { MediaView, type MediaValue } from '../../components/ui/MediaView';
import { formatDuration } from '../../lib/media-format';

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
  // The live region sits inside the list, so it is read out inside the editor's modal dialog
  // (which hides everything outside it from assistive technology), and says positions, not ids.
  const [liveRegion, setLiveRegion] = useState<HTMLDivElement | null>(null);
  const place = (id: string | number) => rows.findIndex((row) => row.assetId === String(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) => `Picked up media ${place(active.id)}.`,
    onDragOver: ({ active, over }) => (over ? `Media ${place(active.id)} is over position ${place(over.id)}.` : `Media ${place(active.id)} is not over a position.`),
    onDragEnd: ({ active, over }) => (over ? `Media ${place(active.id)} was put at position ${place(over.id)}.` : `Media ${place(active.id)} was put back.`),
    onDragCancel: ({ active }) => `Moving media ${place(active.id)} was cancelled.`,
  };
  function onDragEnd({ active, over }: DragEndEvent) {
    if (!over || active.id === over.id) return;
    const ids = rows.map((row) => row.assetId);
    onReorder(arrayMove(rows, ids.indexOf(String(active.id)), ids.indexOf(String(over.id))));
  }
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{ container: liveRegion ?? undefined, announcements }}
    >
      <div ref={setLiveRegion} />
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
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: row.assetId, disabled });
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
      {/* The handle starts a drag (the keyboard sensor listens to it, not to the whole row). */}
      <ActionIcon ref={setActivatorNodeRef} variant="subtle" color="gray" aria-label={`Move media ${index + 1} (${name})`} {...attributes} {...listeners} style={{ cursor: disabled ? 'progress' : 'grab', touchAction: 'none' }}>
        <IconGripVertical size={16} />
      </ActionIcon>
      <Text size="xs" c="dimmed" w={14}>
        {index + 1}
      </Text>
      <Box w={56} h={56} style={{ flex: 'none', overflow: 'hidden', borderRadius: 4 }}>
        <MediaView media={row.asset} bare />
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
            {row.asset.processing === 'FAILED' ? 'This video could not be converted; upload it again' : `Video · ${formatDuration(row.asset.durationSeconds ?? 0)}`}
          </Text>
        )}
      </Stack>
      <ActionIcon variant="subtle" color="red" aria-label={`Remove media ${index + 1} (${name})`} disabled={disabled} onClick={() => onRemove(row.assetId)}>
        <IconX size={14} />
      </ActionIcon>
    </Group>
  );
}
