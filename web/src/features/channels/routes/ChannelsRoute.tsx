import { useQuery } from '@apollo/client/react';
import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { FormErrorAlert } from '../../../components/ui/FormErrorAlert';
import { NotFound } from '../../../components/ui/NotFound';
import { PageHeader } from '../../../components/ui/PageHeader';
import { PageLoader } from '../../../components/ui/PageLoader';
import { QueryError } from '../../../components/ui/QueryError';
import { getFragmentData } from '../../../gql/fragment-masking';
import { graphql } from '../../../gql/gql';
import { describeActionError } from '../../../lib/graphql-errors';
import { calendarPath, sandboxFeedPath } from '../../../lib/publishing';
import { ChannelCard, channelCardFragment, type ChannelCardChannel } from '../components/ChannelCard';
import { ConnectActions } from '../components/ConnectActions';
import { ConnectBlueskyDialog } from '../components/ConnectBlueskyDialog';
import { ConnectMastodonDialog } from '../components/ConnectMastodonDialog';
import { ConnectionResultAlert } from '../components/ConnectionResultAlert';
import { DisconnectChannelDialog } from '../components/DisconnectChannelDialog';
import { useChannelLiveUpdates } from '../hooks/useChannelLiveUpdates';
import { useConnectBluesky } from '../hooks/useConnectBluesky';
import { useConnectMastodon } from '../hooks/useConnectMastodon';
import { useConnectInstagram } from '../hooks/useConnectInstagram';
import { useConnectOAuth } from '../hooks/useConnectOAuth';
import { useConnectionResult } from '../hooks/useConnectionResult';
import { useConnectSandbox } from '../hooks/useConnectSandbox';

const channelsPageQuery = graphql(`
  query ChannelsPage($personaId: ID!) {
    persona(id: $personaId) {
      id
      name
      handle
      timeZone
      channelIntegrations {
        id
        ...ChannelCard_channel
      }
    }
    platforms {
      platform
      label
      auth
      canConnect
      connectUnavailableReason
    }
  }
`);

/** A persona's social accounts: connect, reconnect and disconnect them; changes appear live. */
export function ChannelsRoute() {
  const { personaId = '' } = useParams();
  // Tokens refresh and channels break in the background: show the cached list, then check.
  const { data, error, refetch } = useQuery(channelsPageQuery, {
    variables: { personaId },
    fetchPolicy: 'cache-and-network',
  });
  useChannelLiveUpdates(personaId);
  const connection = useConnectionResult();
  const instagram = useConnectInstagram(personaId);
  const sandbox = useConnectSandbox(personaId);
  const oauth = useConnectOAuth(personaId);
  const bluesky = useConnectBluesky(personaId);
  /** The Bluesky form: null closed, '' a new account, a handle to reconnect that account. */
  const [blueskyHandle, setBlueskyHandle] = useState<string | null>(null);
  const mastodon = useConnectMastodon(personaId);
  /** The Mastodon form: null closed, '' a new account, an instance to reconnect an account there. */
  const [mastodonInstance, setMastodonInstance] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [disconnecting, setDisconnecting] = useState<ChannelCardChannel | null>(null);

  if (error && !data) return <QueryError error={error} onRetry={() => void refetch()} />;
  if (!data) return <PageLoader rows={2} />;
  if (!data.persona) return <NotFound what="persona" />;

  const { persona } = data;
  const channels = getFragmentData(channelCardFragment, persona.channelIntegrations);
  const sandboxActive = channels.some((channel) => channel.platform === 'SANDBOX' && channel.status === 'ACTIVE');
  const instagramPlatform = data.platforms.find((entry) => entry.platform === 'INSTAGRAM');
  const instagramUnavailable =
    instagramPlatform && !instagramPlatform.canConnect
      ? (instagramPlatform.connectUnavailableReason ?? 'Instagram cannot be connected on this server')
      : null;

  async function run(action: () => Promise<void>) {
    setActionError(null);
    try {
      await action();
    } catch (caught) {
      setActionError(describeActionError(caught));
    }
  }
  const blueskyConnectable = data.platforms.some((entry) => entry.platform === 'BLUESKY' && entry.canConnect);
  const mastodonConnectable = data.platforms.some((entry) => entry.platform === 'MASTODON' && entry.canConnect);
  // Networks with a consent page other than Instagram (its own button, with its own reason when unavailable).
  const oauthNetworks = data.platforms.filter((entry) => entry.canConnect && entry.platform !== 'INSTAGRAM' && (entry.auth === 'OAUTH2' || entry.auth === 'OAUTH2_PKCE'));
  const reconnect = (channel: ChannelCardChannel) => {
    if (oauthNetworks.some((entry) => entry.platform === channel.platform)) void run(() => oauth.connect(channel.platform));
    else if (channel.platform === 'BLUESKY') setBlueskyHandle(channel.accountName.replace(/^@/, ''));
    // @name@host: the instance is the host.
    else if (channel.platform === 'MASTODON') setMastodonInstance(`https://${channel.accountName.split('@').pop() ?? ''}`);
    else void run(channel.platform === 'INSTAGRAM' ? instagram.connectInstagram : sandbox.connectSandbox);
  };

  return (
    <Stack gap="md">
      <PageHeader
        title={`${persona.name}: channels`}
        description={
          <>
            <Anchor component={Link} to={`/personas/${persona.id}`} size="sm">
              @{persona.handle}
            </Anchor>
            {' · Accounts this persona publishes to. '}
            <Anchor component={Link} to={calendarPath(persona.id)} size="sm">
              Calendar
            </Anchor>
            {' · '}
            <Anchor component={Link} to={sandboxFeedPath(persona.id)} size="sm">
              Sandbox feed
            </Anchor>
          </>
        }
        actions={
          <ConnectActions
            sandboxActive={sandboxActive}
            instagramUnavailable={instagramUnavailable}
            instagramLoading={instagram.loading}
            sandboxLoading={sandbox.loading}
            onConnectInstagram={() => void run(instagram.connectInstagram)}
            onConnectSandbox={() => void run(sandbox.connectSandbox)}
            onConnectBluesky={blueskyConnectable ? () => setBlueskyHandle('') : undefined}
            onConnectMastodon={mastodonConnectable ? () => setMastodonInstance('') : undefined}
            oauthNetworks={oauthNetworks}
            oauthLeaving={oauth.leaving}
            onConnectOAuth={(platform) => void run(() => oauth.connect(platform))}
          />
        }
      />
      {connection.result && <ConnectionResultAlert result={connection.result} onClose={connection.dismiss} />}
      <FormErrorAlert message={actionError} />
      {channels.length === 0 ? (
        <Text c="dimmed" size="sm">
          No channels yet. Connect an account to publish there, or the Sandbox to try the whole flow inside DoppelCart.
        </Text>
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} role="list" aria-label="Channels">
          {persona.channelIntegrations.map((channel) => (
            <div role="listitem" key={channel.id}>
              <ChannelCard
                channel={channel}
                timeZone={persona.timeZone}
                busy={instagram.loading || sandbox.loading || oauth.leaving !== null}
                onReconnect={reconnect}
                onDisconnect={setDisconnecting}
              />
            </div>
          ))}
        </SimpleGrid>
      )}
      <DisconnectChannelDialog channel={disconnecting} onClose={() => setDisconnecting(null)} />
      <ConnectMastodonDialog
        key={`mastodon-${mastodonInstance ?? 'closed'}`}
        opened={mastodonInstance !== null}
        instanceUrl={mastodonInstance ?? ''}
        loading={mastodon.loading}
        onConnect={mastodon.connectMastodon}
        onClose={() => setMastodonInstance(null)}
      />
      <ConnectBlueskyDialog
        key={blueskyHandle ?? 'closed'}
        opened={blueskyHandle !== null}
        handle={blueskyHandle ?? ''}
        loading={bluesky.loading}
        onConnect={bluesky.connectBluesky}
        onClose={() => setBlueskyHandle(null)}
      />
    </Stack>
  );
}
