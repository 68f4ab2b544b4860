import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import { addChannelToPersona } from '../../../lib/channel-cache';

const connectBlueskyChannelMutation = graphql(`
  mutation ConnectBlueskyChannel($input: ConnectBlueskyChannelInput!) {
    connectBlueskyChannel(input: $input) {
      id
      ...ChannelCard_channel
    }
  }
`);

export interface BlueskyCredentials {
  handle: string;
  appPassword: string;
  serviceUrl: string;
}

/** Connects (or reconnects) a Bluesky account with an app password; the channel joins the list at once. */
export function useConnectBluesky(personaId: string) {
  const [mutate, { loading }] = useMutation(connectBlueskyChannelMutation, {
    update: (cache, { data }) => {
      if (data) addChannelToPersona(cache, personaId, data.connectBlueskyChannel.id);
    },
  });

  async function connectBluesky({ handle, appPassword, serviceUrl }: BlueskyCredentials) {
    await mutate({ variables: { input: { personaId, handle, appPassword, serviceUrl: serviceUrl.trim() || null } } });
  }

  return { connectBluesky, loading };
}
