import { Alert, Anchor, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { AssetImage } from '../../../components/ui/AssetImage';
import { GeneratedBadge } from '../../../components/ui/GeneratedBadge';
import { Hashtags } from '../../../components/ui/Hashtags';
import { StatusBadge } from '../../../components/ui/StatusBadge';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import type { ContentItemStatus } from '../../../gql/graphql';
import { contentStatuses, userMoves } from '../../../lib/content-status';
import { formatInstant } from '../../../lib/dates';
import { platformLabels } from '../../../lib/platforms';
import { publishesThroughChannel } from '../../../lib/publishing';
import { useScheduleDialog } from '../../../lib/schedule-dialog';
import { boardCardFragment, type BoardCardItem } from './BoardCard';
import { ItemPerformance } from './ItemPerformance';
import { ItemPosts } from './ItemPosts';
import { StatusTimeline } from './StatusTimeline';

export const itemDetailsFragment = graphql(`
  fragment ItemDetails_item on ContentItem {
    id
    caption
    platform
    status
    scheduledAt
    publishedAt
    failureReason
    persona {
      id
      name
      handle
      timeZone
    }
    plan {
      id
      title
    }
    generated
    untouched
    briefVersion
    hashtags
    imagePrompt
    asset {
      id
      url
      width
      height
      prompt
    }
    statusHistory {
      id
      ...StatusTimeline_change
    }
    scheduledPosts {
      id
      state
      runAt
      publishedAt
      permalink
      lastError
      channel {
        id
        accountName
      }
    }
    ...BoardCard_item
    ...ItemPerformance_item
  }
`);

interface ItemDetailsProps {
  item: FragmentType<typeof itemDetailsFragment>;
  onMove: (item: BoardCardItem, to: ContentItemStatus) => void;
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text size="sm" component="div">
        {children}
      </Text>
    </Stack>
  );
}

const publishLabel = 'Publish on a channel…';

function moveLabel(to: ContentItemStatus, throughChannel: boolean): string {
  if (to !== 'SCHEDULED') return `Move to ${contentStatuses[to].label}`;
  return throughChannel ? publishLabel : 'Schedule';
}

export function ItemDetails({ item: itemRef, onMove }: ItemDetailsProps) {
  const item = getFragmentData(itemDetailsFragment, itemRef);
  const card = getFragmentData(boardCardFragment, item);
  const { timeZone } = item.persona;
  const moves = userMoves[item.status];
  const { openScheduleDialog } = useScheduleDialog();
  const throughChannel = publishesThroughChannel(item.platform);
  // Any ready (or failed) item can also go out on a channel, e.g. the Sandbox.
  const offerChannel = !throughChannel && (item.status === 'READY' || item.status === 'FAILED');

  return (
    <Stack gap="md">
      <Group gap="xs">
        <StatusBadge status={item.status} />
        <Text size="sm" c="dimmed">
          {platformLabels[item.platform]}
        </Text>
        {item.generated && <GeneratedBadge briefVersion={item.briefVersion} untouched={item.untouched} />}
      </Group>
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
        <Fact label="Plan">
          {item.plan ? (
            <Anchor component={Link} to={`/plans/${item.plan.id}`} size="sm">
              {item.plan.title}
            </Anchor>
          ) : (
            '—'
          )}
        </Fact>
        <Fact label={`Scheduled (${timeZone})`}>{item.scheduledAt ? formatInstant(item.scheduledAt, timeZone) : '—'}</Fact>
        <Fact label="Published">{item.publishedAt ? formatInstant(item.publishedAt, timeZone) : '—'}</Fact>
      </SimpleGrid>
      <Fact label="Caption">
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={item.caption ? undefined : 'dimmed'}>
          {item.caption || 'No caption yet'}
        </Text>
      </Fact>
      <Hashtags tags={item.hashtags} />
      {item.asset && <AssetImage asset={item.asset} maxHeight={240} withPrompt />}
      {!item.asset && item.imagePrompt && <Fact label="Image prompt">{item.imagePrompt}</Fact>}
      <Stack gap="xs">
        <Title order={3} size="h6">
          Moves
        </Title>
        {moves.length === 0 ? (
          <Text size="sm" c="dimmed">
            {item.status === 'POSTED' ? 'Posted items are final.' : 'Publishing decides the next status.'}
          </Text>
        ) : (
          <Group gap="xs">
            {moves.map((to) => (
              <Button key={to} size="xs" variant="light" color={contentStatuses[to].color} onClick={() => onMove(card, to)}>
                {moveLabel(to, throughChannel)}
              </Button>
            ))}
            {offerChannel && (
              <Button size="xs" variant="light" color="grape" onClick={() => openScheduleDialog(item.id)}>
                {publishLabel}
              </Button>
            )}
          </Group>
        )}
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h6">
          Publishing
        </Title>
        <ItemPosts posts={item.scheduledPosts} timeZone={timeZone} />
      </Stack>
      <Stack gap="xs">
        <Title order={3} size="h6">
          Performance
        </Title>
        <ItemPerformance item={item} timeZone={timeZone} />
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
