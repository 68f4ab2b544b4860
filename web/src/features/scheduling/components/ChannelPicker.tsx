import { Alert, Anchor, Button, Checkbox, Fieldset, Stack, Text, Textarea } from '@mantine/core';
import { Link } from 'react-router';
import type { ChannelStatus, Platform } from '../../../gql/graphql';
import { characterCount } from '../../../lib/characters';
import { platformLabels } from '../../../lib/platforms';
import { channelsPath } from '../../../lib/publishing';

export interface PickableChannel {
  id: string;
  platform: Platform;
  accountName: string;
  status: ChannelStatus;
}

/** The channels an item can go out on: the persona's active ones (each network's rules are checked when scheduling). */
export function usableChannels<Channel extends PickableChannel>(channels: readonly Channel[]): Channel[] {
  return channels.filter((channel) => channel.status === 'ACTIVE');
}

/** The channels picked when the dialog opens: the only one, or those of the network the item was written for. */
export function initialPicks(channels: readonly PickableChannel[], itemPlatform: Platform): string[] {
  if (channels.length === 1) return [channels[0]!.id];
  return channels.filter((channel) => channel.platform === itemPlatform).map((channel) => channel.id);
}

export const channelLabel = (channel: PickableChannel) => `${channel.accountName} · ${platformLabels[channel.platform]}`;

interface ChannelPickerProps {
  personaId: string;
  channels: readonly PickableChannel[];
  picked: readonly string[];
  onPickedChange: (ids: string[]) => void;
  /** The caption each picked channel carries of its own (absent: the item's). */
  captions: Readonly<Record<string, string>>;
  onCaptionChange: (channelId: string, caption: string | null) => void;
  /** The item's caption, where a channel's own starts from. */
  itemCaption: string;
  /** The item's caption as it goes out (with any disclosure line, which a channel's own gets too): what a channel without its own posts. */
  publishedCaption: string;
  /** Each network's caption limit, as the server counts it (Query.platforms). */
  captionLimits: Readonly<Partial<Record<Platform, number>>>;
  /** What the server refused, by channel id: the channel's problem and its caption's. */
  errors: { channel: Readonly<Record<string, string>>; caption: Readonly<Record<string, string>> };
  pickError?: string;
}

/**
 * Cross-posting: the persona's active channels to tick, one or several; each picked one may
 * carry its own caption for its network (shown at once when the item's is too long there).
 */
export function ChannelPicker(props: ChannelPickerProps) {
  const { personaId, channels, picked, captions, itemCaption, publishedCaption, captionLimits, errors } = props;
  const active = usableChannels(channels);
  if (active.length === 0) {
    return (
      <Alert color="yellow" variant="light" title="No connected channel" role="alert">
        This persona has no active channel to publish on.{' '}
        <Anchor component={Link} to={channelsPath(personaId)} size="sm">
          Connect the Sandbox channel
        </Anchor>{' '}
        to publish inside DoppelCart, or connect a network on the same page.
      </Alert>
    );
  }
  return (
    <Fieldset legend="Channels" variant="unstyled" aria-describedby="channel-picker-hint">
      <Text id="channel-picker-hint" size="xs" c="dimmed" mb={6}>
        Post on one channel or several at once; each network’s own rules apply to its post.
      </Text>
      <Checkbox.Group value={[...picked]} onChange={props.onPickedChange} error={props.pickError}>
        <Stack gap="xs">
          {active.map((channel) => {
            const limit = captionLimits[channel.platform];
            const own = captions[channel.id];
            const tooLong = limit !== undefined && characterCount(publishedCaption) > limit;
            const isPicked = picked.includes(channel.id);
            const network = platformLabels[channel.platform];
            return (
              <Stack key={channel.id} gap={4}>
                <Checkbox value={channel.id} label={channelLabel(channel)} error={errors.channel[channel.id]} />
                {isPicked && own === undefined && (
                  <Stack gap={2} pl={30} align="flex-start">
                    {tooLong && (
                      <Text size="xs" c="red.8">
                        The item’s caption is longer than {network} takes ({characterCount(publishedCaption)} of {limit}): give this
                        channel its own.
                      </Text>
                    )}
                    <Button variant="subtle" size="compact-xs" onClick={() => props.onCaptionChange(channel.id, itemCaption)}>
                      Own caption for {channel.accountName}
                    </Button>
                  </Stack>
                )}
                {isPicked && own !== undefined && (
                  <Stack gap={2} pl={30}>
                    <Textarea
                      label={`Caption for ${channelLabel(channel)}`}
                      autosize
                      minRows={2}
                      maxRows={8}
                      value={own}
                      onChange={(event) => props.onCaptionChange(channel.id, event.currentTarget.value)}
                      error={errors.caption[channel.id]}
                      description={limit !== undefined ? `${characterCount(own)} / ${limit} characters on ${network}` : undefined}
                    />
                    <Button variant="subtle" size="compact-xs" style={{ alignSelf: 'flex-start' }} onClick={() => props.onCaptionChange(channel.id, null)}>
                      Use the item’s caption
                    </Button>
                  </Stack>
                )}
              </Stack>
            );
          })}
        </Stack>
      </Checkbox.Group>
    </Fieldset>
  );
}
