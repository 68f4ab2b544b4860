import { useSubscription } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import { addChannelToPersona } from '../../../lib/channel-cache';

const channelUpdatedSubscription = graphql(`
  subscription ChannelUpdated($personaId: ID!) {
    channelIntegrationUpdated(personaId: $personaId) {
      id
      ...ChannelCard_channel
    }
  }
`);

/**
 * Keeps the channel list current: a refreshed token, a channel needing reconnection or one
 * connected in another tab updates in place or joins the list.
 */
export function useChannelLiveUpdates(personaId: string) {
  useSubscription(channelUpdatedSubscription, {
    variables: { personaId },
    onData: ({ client, data }) => {
      const channel = data.data?.channelIntegrationUpdated;
      if (channel) addChannelToPersona(client.cache, personaId, channel.id);
    },
  });
}
