import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import { addChannelToPersona } from '../../../lib/channel-cache';

const connectSandboxChannelMutation = graphql(`
  mutation ConnectSandboxChannel($personaId: ID!) {
    connectSandboxChannel(personaId: $personaId) {
      id
      ...ChannelCard_channel
    }
  }
`);

/** Connects (or reconnects) the persona's built-in Sandbox channel; it joins the list at once. */
export function useConnectSandbox(personaId: string) {
  const [mutate, { loading }] = useMutation(connectSandboxChannelMutation, {
    update: (cache, { data }) => {
      if (data) addChannelToPersona(cache, personaId, data.connectSandboxChannel.id);
    },
  });

  async function connectSandbox() {
    await mutate({ variables: { personaId } });
  }

  return { connectSandbox, loading };
}
