import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { graphql } from '../../../gql/gql';
import type { Platform } from '../../../gql/graphql';

const startChannelConnectionMutation = graphql(`
  mutation StartChannelConnection($personaId: ID!, $platform: Platform!) {
    startChannelConnection(personaId: $personaId, platform: $platform) {
      authorizeUrl
    }
  }
`);

/**
 * Starts a network's consent flow (also to reconnect): the browser leaves for the network,
 * which sends it back to `/personas/<id>/channels?connected=<network>` or `?channelError=<message>`.
 */
export function useConnectOAuth(personaId: string) {
  const [mutate, { error }] = useMutation(startChannelConnectionMutation);
  const [leaving, setLeaving] = useState<Platform | null>(null);

  async function connect(platform: Platform) {
    setLeaving(platform);
    try {
      const { data } = await mutate({ variables: { personaId, platform } });
      if (data) window.location.assign(data.startChannelConnection.authorizeUrl);
    } catch (caught) {
      setLeaving(null);
      throw caught;
    }
  }

  // Stays busy while the browser navigates away.
  return { connect, leaving: error ? null : leaving };
}
