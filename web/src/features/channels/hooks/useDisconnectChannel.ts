import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

const disconnectChannelMutation = graphql(`
  mutation DisconnectChannel($id: ID!) {
    disconnectChannel(id: $id) {
      id
      ...ChannelCard_channel
    }
  }
`);

/**
 * Disconnects a channel; the server cancels its pending posts and their items go back to
 * Ready, which the item lists learn from their live events.
 */
export function useDisconnectChannel() {
  const [mutate, { loading }] = useMutation(disconnectChannelMutation);

  async function disconnect(id: string) {
    await mutate({ variables: { id } });
  }

  return { disconnect, loading };
}
