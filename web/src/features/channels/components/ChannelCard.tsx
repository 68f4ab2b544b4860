import { Alert, Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { getFragmentData, type FragmentType } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import type { ChannelCard_ChannelFragment } from '../../../gql/graphql';
import { formatInstant, formatRelative } from '../../../lib/dates';
import { platformLabels } from '../../../lib/platforms';
import { channelStatuses } from '../../../lib/publishing';
import { ChannelQuota } from './ChannelQuota';
import { PostingSchedule } from './PostingSchedule';

export const channelCardFragment = graphql(`
  fragment ChannelCard_channel on ChannelIntegration {
    id
    platform
    accountName
    externalAccountId
    status
    statusReason
    tokenExpiresAt
    tokenRefreshedAt
    scopes
    publishingQuota {
      used
      total
      windowSeconds
    }
    postingSlots {
      weekday
      time
    }
    nextQueueTime
    createdAt
    updatedAt
  }
`);

export type ChannelCardChannel = ChannelCard_ChannelFragment;

interface ChannelCardProps {
  channel: FragmentType<typeof channelCardFragment>;
  timeZone: string;
  busy: boolean;
  onReconnect: (channel: ChannelCardChannel) => void;
  onDisconnect: (channel: ChannelCardChannel) => void;
}

/** An instant as "in 59 days", with the exact time in the persona's zone on hover. */
function RelativeTime({ iso, timeZone }: { iso: string; timeZone: string }) {
  return (
    <Tooltip label={`${formatInstant(iso, timeZone)} (${timeZone})`} withArrow>
      <Text span size="sm" tabIndex={0} style={{ textDecoration: 'underline dotted' }}>
        {formatRelative(iso)}
      </Text>
    </Tooltip>
  );
}

export function ChannelCard({ channel: channelRef, timeZone, busy, onReconnect, onDisconnect }: ChannelCardProps) {
  const channel = getFragmentData(channelCardFragment, channelRef);
  const { label, color } = channelStatuses[channel.status];
  const expired = channel.tokenExpiresAt !== null && channel.tokenExpiresAt !== undefined && new Date(channel.tokenExpiresAt) < new Date();

  return (
    <Paper component="article" withBorder radius="md" p="md" aria-label={`${channel.accountName} · ${platformLabels[channel.platform]}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2} style={{ minWidth: 0 }}>
            <Text fw={600} truncate>
              {channel.accountName}
            </Text>
            <Text size="sm" c="dimmed">
              {platformLabels[channel.platform]}
              {channel.platform === 'SANDBOX' && ' · publishes into a feed inside DoppelCart'}
            </Text>
          </Stack>
          <Badge color={color} variant="light" miw="max-content">
            {label}
          </Badge>
        </Group>
        {channel.status === 'NEEDS_RECONNECT' && (
          <Alert color="orange" variant="light" role="alert">
            {channel.statusReason || 'The platform no longer accepts this connection.'} Reconnect to keep publishing.
          </Alert>
        )}
        <Text size="sm">
          {channel.tokenExpiresAt ? (
            <>
              {expired ? 'Token expired ' : 'Token expires '}
              <RelativeTime iso={channel.tokenExpiresAt} timeZone={timeZone} />
            </>
          ) : (
            <Text span size="sm" c="dimmed">
              {channel.platform === 'SANDBOX' ? 'No token needed' : 'No token stored'}
            </Text>
          )}
          {channel.tokenRefreshedAt && (
            <>
              {' · refreshed '}
              <RelativeTime iso={channel.tokenRefreshedAt} timeZone={timeZone} />
            </>
          )}
        </Text>
        {channel.publishingQuota && <ChannelQuota quota={channel.publishingQuota} />}
        {channel.status !== 'DISCONNECTED' && (
          <PostingSchedule
            channelId={channel.id}
            accountName={channel.accountName}
            timeZone={timeZone}
            slots={channel.postingSlots}
            nextQueueTime={channel.nextQueueTime}
          />
        )}
        {channel.scopes.length > 0 && (
          <Text size="xs" c="dimmed">
            Permissions: {channel.scopes.join(', ')}
          </Text>
        )}
        <Group gap="xs">
          {channel.status !== 'ACTIVE' && (
            <Button size="xs" variant="light" loading={busy} onClick={() => onReconnect(channel)}>
              {channel.status === 'NEEDS_RECONNECT' ? 'Reconnect' : 'Connect again'}
            </Button>
          )}
          {channel.status !== 'DISCONNECTED' && (
            <Button size="xs" variant="subtle" color="red" onClick={() => onDisconnect(channel)}>
              Disconnect
            </Button>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
