import { Alert, Anchor, Select, type SelectProps } from '@mantine/core';
import { Link } from 'react-router';
import type { ChannelStatus, Platform } from '../../../gql/graphql';
import { platformLabels } from '../../../lib/platforms';
import { channelsPath } from '../../../lib/publishing';

interface ChannelOption {
  id: string;
  platform: Platform;
  accountName: string;
  status: ChannelStatus;
}

/** A network's channel publishes items made for it; the Sandbox takes any item. */
const takes = (channel: ChannelOption, itemPlatform: Platform) => channel.platform === 'SANDBOX' || channel.platform === itemPlatform;

/** The channels the item can be scheduled on: active ones that take its platform. */
export function usableChannels<Channel extends ChannelOption>(channels: readonly Channel[], itemPlatform: Platform): Channel[] {
  return channels.filter((channel) => channel.status === 'ACTIVE' && takes(channel, itemPlatform));
}

interface ChannelSelectProps extends Omit<SelectProps, 'data'> {
  personaId: string;
  channels: readonly ChannelOption[];
  itemPlatform: Platform;
}

/** The persona's active channels; when none can take the item, says how to connect one. */
export function ChannelSelect({ personaId, channels, itemPlatform, ...selectProps }: ChannelSelectProps) {
  const active = channels.filter((channel) => channel.status === 'ACTIVE');
  const connectLink = (
    <Anchor component={Link} to={channelsPath(personaId)} size="sm">
      Connect the Sandbox channel
    </Anchor>
  );

  if (active.length === 0) {
    return (
      <Alert color="yellow" variant="light" title="No connected channel" role="alert">
        This persona has no active channel to publish on. {connectLink} to publish inside DoppelCart, or connect
        Instagram on the same page.
      </Alert>
    );
  }
  if (usableChannels(active, itemPlatform).length === 0) {
    return (
      <Alert color="yellow" variant="light" title="No channel takes this item" role="alert">
        Instagram channels publish Instagram items only, and this one is for {platformLabels[itemPlatform]}.{' '}
        {connectLink} to publish it inside DoppelCart.
      </Alert>
    );
  }
  return (
    <Select
      label="Channel"
      placeholder="Choose a channel"
      required
      allowDeselect={false}
      data={active.map((channel) => ({
        value: channel.id,
        label: `${channel.accountName} · ${platformLabels[channel.platform]}${
          takes(channel, itemPlatform) ? '' : ' (Instagram items only)'
        }`,
        disabled: !takes(channel, itemPlatform),
      }))}
      {...selectProps}
    />
  );
}
