import { useDraggable } from '@dnd-kit/core';
import { ActionIcon, Checkbox, Group, Image, Paper, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconClock, IconGripVertical } from '@tabler/icons-react';
import { memo, useId } from 'react';
import { FormatBadge } from '../../../components/ui/FormatBadge';
import { SimulatedBadge } from '../../../components/ui/SimulatedBadge';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import type { BoardCard_ItemFragment } from '../../../gql/graphql';
import { formatInstant } from '../../../lib/dates';
import { platformLabels } from '../../../lib/platforms';

export const boardCardFragment = graphql(`
  fragment BoardCard_item on ContentItem {
    id
    title
    platform
    status
    scheduledAt
    failureReason
    version
    simulated
    persona {
      id
      handle
      timeZone
    }
    plan {
      id
    }
    format
    media {
      position
    }
    asset {
      id
      url
      posterUrl
    }
    # No id: the card only names the channel, and the board's cost stays within the limit (600 cards).
    channel {
      platform
      accountName
    }
    channelCount
  }
`);

export type BoardCardRef = FragmentType<typeof boardCardFragment>;
export type BoardCardItem = BoardCard_ItemFragment;

export const cardTitle = (item: { title: string }) => item.title || 'Untitled';

// A title or reason without spaces breaks anywhere instead of widening its column.
const breakAnywhere = { overflowWrap: 'anywhere' } as const;

/** The channel a scheduled item goes out on, or went out on once posted, and how many more when it is cross-posted (the drawer lists them). */
function channelOf({ channel, channelCount }: BoardCardItem) {
  if (!channel) return null;
  const more = channelCount - 1;
  return `${platformLabels[channel.platform]} · ${channel.accountName}${more > 0 ? ` and ${more} more` : ''}`;
}

/** What a card shows; kept free of hooks so 200 of them render and re-render cheaply. */
const CardFace = memo(function CardFace({ item, titleId }: { item: BoardCardItem; titleId?: string }) {
  const channel = channelOf(item);
  return (
    <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
      {/* A video shows its first frame. */}
      {item.asset && <Image src={item.asset.posterUrl ?? item.asset.url} alt="" h={64} radius="sm" fit="cover" loading="lazy" mb={4} />}
      <Stack gap={2} style={{ minWidth: 0 }}>
        <Text id={titleId} size="sm" fw={600} lineClamp={2} style={breakAnywhere}>
          {cardTitle(item)}
        </Text>
        <FormatBadge format={item.format} count={item.media.length} />
        <Group gap={6} wrap="nowrap">
          <Text size="xs" c="dimmed" truncate>
            @{item.persona.handle} · {platformLabels[item.platform]}
          </Text>
          {item.simulated && <SimulatedBadge size="xs" />}
        </Group>
        {item.scheduledAt && (
          <Group gap={4} wrap="nowrap" title={`In ${item.persona.timeZone}`}>
            <IconClock size={12} aria-hidden />
            <Text size="xs">
              {formatInstant(item.scheduledAt, item.persona.timeZone)}{' '}
              <Text span size="xs" c="dimmed">
                {item.persona.timeZone}
              </Text>
            </Text>
          </Group>
        )}
        {channel && (
          <Text size="xs" c="dimmed" truncate>
            On {channel}
          </Text>
        )}
        {item.status === 'FAILED' && item.failureReason && (
          <Text size="xs" c="red.8" lineClamp={3} style={breakAnywhere}>
            {item.failureReason}
          </Text>
        )}
      </Stack>
    </Stack>
  );
});

interface BoardCardProps {
  item: BoardCardRef;
  selected: boolean;
  onSelect: (item: BoardCardItem, selected: boolean) => void;
  onOpen: (itemId: string) => void;
}

/** A card the person drags by its handle (pointer or keyboard), ticks for bulk actions and opens by clicking. */
export const BoardCard = memo(function BoardCard({ item: itemRef, selected, onSelect, onOpen }: BoardCardProps) {
  const item = getFragmentData(boardCardFragment, itemRef);
  const titleId = useId();
  const { setNodeRef, setActivatorNodeRef, listeners, attributes, isDragging } = useDraggable({ id: item.id });
  const title = cardTitle(item);

  return (
    <Paper
      ref={setNodeRef}
      component="article"
      aria-labelledby={titleId}
      withBorder
      radius="sm"
      p="xs"
      onClick={() => onOpen(item.id)}
      style={{
        cursor: 'pointer',
        opacity: isDragging ? 0.4 : 1,
        // Off-screen cards of a long column skip layout and paint until scrolled to.
        contentVisibility: 'auto',
        containIntrinsicSize: 'auto 76px',
        outline: selected ? '2px solid var(--mantine-primary-color-filled)' : undefined,
      }}
    >
      <Group gap={6} wrap="nowrap" align="flex-start">
        <Checkbox
          size="xs"
          mt={4}
          aria-label={`Select “${title}”`}
          checked={selected}
          onClick={(event) => event.stopPropagation()}
          onChange={(event) => onSelect(item, event.currentTarget.checked)}
        />
        <ActionIcon
          ref={setActivatorNodeRef}
          variant="subtle"
          color="gray"
          size="sm"
          {...attributes}
          {...listeners}
          aria-label={`Drag ${title}`}
          // The handle only drags; a click on it must not open the item too.
          onClick={(event) => event.stopPropagation()}
          style={{ cursor: 'grab', touchAction: 'none' }}
        >
          <IconGripVertical size={16} />
        </ActionIcon>
        <UnstyledButton style={{ minWidth: 0, flex: 1 }} aria-label={`Open ${title}`}>
          <CardFace item={item} titleId={titleId} />
        </UnstyledButton>
      </Group>
    </Paper>
  );
});

/** The copy that follows the pointer while a card is dragged. */
export function DraggedCard({ item }: { item: BoardCardItem }) {
  return (
    <Paper withBorder radius="sm" p="xs" shadow="md" style={{ cursor: 'grabbing' }}>
      <Group gap={6} wrap="nowrap" align="flex-start">
        <IconGripVertical size={16} aria-hidden />
        <CardFace item={item} />
      </Group>
    </Paper>
  );
}
