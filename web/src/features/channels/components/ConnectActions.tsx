import { Button, Group, Stack, Text } from '@mantine/core';
import { IconBrandBluesky, IconBrandInstagram, IconBrandMastodon, IconFlask } from '@tabler/icons-react';
import { useId } from 'react';
import type { Platform } from '../../../gql/graphql';
import { NetworkIcon } from './network-icons';

/** A network connected through its consent page, as the server offers it. */
export interface OAuthNetwork {
  platform: Platform;
  label: string;
}

interface ConnectActionsProps {
  /** Whether the persona's Sandbox channel is connected already (there is one per persona). */
  sandboxActive: boolean;
  /** Why Instagram cannot be connected on this server (no Meta app configured), or null when it can. */
  instagramUnavailable: string | null;
  instagramLoading: boolean;
  sandboxLoading: boolean;
  onConnectInstagram: () => void;
  onConnectSandbox: () => void;
  /** Opens the app password form; absent when the server cannot connect Bluesky. */
  onConnectBluesky?: () => void;
  /** Opens the access token form; absent when the server cannot connect Mastodon. */
  onConnectMastodon?: () => void;
  /** Networks connected through their consent page that this server can connect now (X, say). */
  oauthNetworks: OAuthNetwork[];
  /** The network whose consent page the browser is leaving for. */
  oauthLeaving: Platform | null;
  onConnectOAuth: (platform: Platform) => void;
}

export function ConnectActions(props: ConnectActionsProps) {
  const { sandboxActive, instagramUnavailable, instagramLoading, sandboxLoading, onConnectInstagram, onConnectSandbox, onConnectBluesky, onConnectMastodon } = props;
  const { oauthNetworks, oauthLeaving, onConnectOAuth } = props;
  const reasonId = useId();
  return (
    <Stack gap={4} align="flex-end">
      <Group gap="xs">
        <Button
          leftSection={<IconBrandInstagram size={16} />}
          variant={instagramUnavailable ? 'default' : 'filled'}
          loading={instagramLoading}
          disabled={instagramUnavailable !== null}
          aria-describedby={instagramUnavailable ? reasonId : undefined}
          onClick={onConnectInstagram}
        >
          Connect Instagram
        </Button>
        {onConnectBluesky && (
          <Button variant="default" leftSection={<IconBrandBluesky size={16} />} onClick={onConnectBluesky}>
            Connect Bluesky
          </Button>
        )}
        {onConnectMastodon && (
          <Button variant="default" leftSection={<IconBrandMastodon size={16} />} onClick={onConnectMastodon}>
            Connect Mastodon
          </Button>
        )}
        {oauthNetworks.map((network) => (
          <Button
            key={network.platform}
            variant="default"
            leftSection={<NetworkIcon platform={network.platform} />}
            loading={oauthLeaving === network.platform}
            onClick={() => onConnectOAuth(network.platform)}
          >
            Connect {network.label}
          </Button>
        ))}
        <Button
          variant={instagramUnavailable ? 'filled' : 'default'}
          leftSection={<IconFlask size={16} />}
          loading={sandboxLoading}
          disabled={sandboxActive}
          title={sandboxActive ? 'The Sandbox channel is connected' : undefined}
          onClick={onConnectSandbox}
        >
          Connect Sandbox
        </Button>
      </Group>
      {instagramUnavailable && (
        <Text id={reasonId} size="xs" c="dimmed" maw={420} ta="right">
          {instagramUnavailable}
        </Text>
      )}
    </Stack>
  );
}
