import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import { addChannelToPersona } from '../../../lib/channel-cache';

const connectMastodonChannelMutation = graphql(`
  mutation ConnectMastodonChannel($input: ConnectMastodonChannelInput!) {
    connectMastodonChannel(input: $input) {
      id
      accountName
      ...ChannelCard_channel
    }
  }
`);

export interface MastodonCredentials {
  instanceUrl: string;
  accessToken: string;
}

/** Connects (or reconnects) a Mastodon account with an access token made on its instance; the channel joins the list at once. */
export function useConnectMastodon(personaId: string) {
  const [mutate, { loading }] = useMutation(connectMastodonChannelMutation, {
    update: (cache, { data }) => {
      if (data) addChannelToPersona(cache, personaId, data.connectMastodonChannel.id);
    },
  });

  async function connectMastodon({ instanceUrl, accessToken }: MastodonCredentials): Promise<string> {
    const result = await mutate({ variables: { input: { personaId, accessToken, instanceUrl: instanceUrl.trim() || null } } });
    return result.data?.connectMastodonChannel.accountName ?? '';
  }

  return { connectMastodon, loading };
}
