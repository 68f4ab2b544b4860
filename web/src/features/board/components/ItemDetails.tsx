import { Alert, Anchor, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { GeneratedBadge } from '../../../components/ui/GeneratedBadge';
import type { GeneratorInfoValue } from '../../../components/ui/GeneratorBadge';
import { StatusBadge } from '../../../components/ui/StatusBadge';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import type { ContentItemStatus } from '../../../gql/graphql';
import { ContentItemForm } from '../../../item-editor/components/ContentItemForm';
import { contentStatuses, userMoves } from '../../../lib/content-status';
import { formatInstant } from '../../../lib/dates';
import { platformLabels, type PlatformOption } from '../../../lib/platforms';
import { useScheduleDialog } from '../../../lib/schedule-dialog';
import { boardCardFragment, type BoardCardItem } from './BoardCard';
import { ItemContentReadOnly } from './ItemContentReadOnly';
import { ItemProvenance } from './ItemProvenance';
import { ItemPerformance } from './ItemPerformance';
import { ItemPosts } from './ItemPosts';
import { StatusTimeline } from './StatusTimeline';
import { Fact } from '../../../components/ui/Fact';
import { overrideLabels } from '../../../lib/lock-checks';

export const itemDetailsFragment = graphql(`
  fragment ItemDetails_item on ContentItem {
    id
    platform
    status
    publishedAt
    failureReason
    persona {
      id
      name
      handle
      timeZone
      briefVersion
    }
    generated
    untouched
    briefVersion
    statusHistory {
      id
      ...StatusTimeline_change
    }
    overrides {
      kind
      score
      threshold
      detail
      reason
      createdAt
      by {
        name
      }
    }
    currentPosts {
      id
      state
      runAt
      publishedAt
      permalink
      lastError
      captionVariant
      channel {
        id
        platform
        accountName
      }
    }
    ...BoardCard_item
    ...ItemProvenance_item
    ...ItemPerformance_item
    ...ItemContentReadOnly_item
    ...ContentItemForm_item
    ...ItemGeneration_item
    ...ItemMedia_item
  }
`);

interface ItemDetailsProps {
  item: FragmentType<typeof itemDetailsFragment>;
  platformOptions: PlatformOption[];
  generator: GeneratorInfoValue;
  onMove: (item: BoardCardItem, to: ContentItemStatus) => void;
}

const publishLabel = 'Publish on a channel…';

function moveLabel(to: ContentItemStatus, throughChannel: boolean): string {
  if (to !== 'SCHEDULED') return `Move to ${contentStatuses[to].label}`;
  return throughChannel ? publishLabel : 'Schedule';
}

/** A scheduled item is about to go out as it is, and a posted one went out: neither is edited here. */
const lockedStatuses: ReadonlySet<ContentItemStatus> = new Set(['SCHEDULED', 'POSTED']);

export function ItemDetails({ item: itemRef, platformOptions, generator, onMove }: ItemDetailsProps) {
  const item = getFragmentData(itemDetailsFragment, itemRef);
  const card = getFragmentData(boardCardFragment, item);
  const { timeZone } = item.persona;
  const moves = userMoves[item.status];
  const { openScheduleDialog } = useScheduleDialog();
  const [unsaved, setUnsaved] = useState(false);
  const throughChannel = platformOptions.some((option) => option.value === item.platform && option.canPublish);
  // Any ready (or failed) item can also go out on a channel, e.g. the Sandbox.
  const offerChannel = !throughChannel && (item.status === 'READY' || item.status === 'FAILED');
  const locked = lockedStatuses.has(item.status);
  // Unsaved edits would not go out with a move, and a move would make them stale.
  const holdMoves = unsaved && !locked;

  return (
    <Stack gap="md">
      <Group gap="xs">
        <StatusBadge status={item.status} />
        <Text size="sm" c="dimmed">
          {platformLabels[item.platform]}
        </Text>
        {item.generated && (
          <GeneratedBadge briefVersion={item.briefVersion} currentBriefVersion={item.persona.briefVersion} untouched={item.untouched} />
        )}
      </Group>
      {item.overrides.map((override) => (
        <Alert
          key={`${override.kind}-${override.createdAt}`}
          color="orange"
          variant="light"
          title={`${overrideLabels[override.kind]} check overridden${override.score == null ? '' : ` (score ${override.score}, threshold ${override.threshold})`}`}
        >
          {override.detail && `${override.detail}. `}
          {override.by?.name ?? 'Someone'}, {formatInstant(override.createdAt, timeZone)}: “{override.reason}”
        </Alert>
      ))}
      {item.status === 'FAILED' && item.failureReason && (
        <Alert color="red" variant="light" title="Publishing failed">
          {item.failureReason}
        </Alert>
      )}
      <SimpleGrid cols={2} spacing="sm">
        <Fact label="Persona">
          <Anchor component={Link} to={`/personas/${item.persona.id}`} size="sm">
            {item.persona.name} (@{item.persona.handle})
          </Anchor>
        </Fact>
        {item.publishedAt && <Fact label="Published">{formatInstant(item.publishedAt, timeZone)}</Fact>}
      </SimpleGrid>
      {locked ? (
        <>
          <ItemContentReadOnly item={item} />
          {item.status === 'SCHEDULED' && (
            <Text size="sm" c="dimmed">
              It goes out as it is. Move it back to Ready to change it.
            </Text>
          )}
        </>
      ) : (
        <ContentItemForm
          // A new form per item: its values and base version belong to that item.
          key={item.id}
          item={item}
          platformOptions={platformOptions}
          generator={generator}
          placement="drawer"
          onDirtyChange={setUnsaved}
        />
      )}
      <Stack gap="xs">
        <Title order={3} size="h6">
          Moves
        </Title>
        {moves.length === 0 ? (
          <Text size="sm" c="dimmed">
            {item.status === 'POSTED' ? 'Posted items are final.' : 'Publishing decides the next status.'}
          </Text>
        ) : (
          <>
            {holdMoves && (
              <Text size="sm" c="dimmed">
                Save or discard your changes first.
              </Text>
            )}
            <Group gap="xs">
              {moves.map((to) => (
                <Button key={to} size="xs" variant="light" color={contentStatuses[to].color} disabled={holdMoves} onClick={() => onMove(card, to)}>
                  {moveLabel(to, throughChannel)}
                </Button>
              ))}
              {offerChannel && (
                <Button size="xs" variant="light" color="grape" disabled={holdMoves} onClick={() => openScheduleDialog(item.id)}>
                  {publishLabel}
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h6">
          Publishing
        </Title>
        <ItemPosts
          posts={item.currentPosts}
          timeZone={timeZone}
          // A failed channel is retried alone: the dialog opens with it picked, the others untouched.
          onRetry={holdMoves ? undefined : (post) => openScheduleDialog(item.id, { channelIds: [post.channel.id] })}
        />
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h6">
          Performance
        </Title>
        <ItemPerformance item={item} timeZone={timeZone} />
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h6">
          Provenance
        </Title>
        <ItemProvenance item={item} timeZone={timeZone} />
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h6">
          Status history
        </Title>
        <StatusTimeline changes={item.statusHistory} timeZone={timeZone} />
      </Stack>
    </Stack>
  );
}
