import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

const startInstagramConnectionMutation = graphql(`
  mutation StartInstagramConnection($personaId: ID!) {
    startInstagramConnection(personaId: $personaId) {
      authorizeUrl
    }
  }
`);

/**
 * Starts Instagram's OAuth flow (also to reconnect): the browser leaves for Instagram, which
 * sends it back to `/personas/<id>/channels?connected=instagram` or `?channelError=<message>`.
 */
export function useConnectInstagram(personaId: string) {
  const [mutate, { loading, called, error }] = useMutation(startInstagramConnectionMutation);

  async function connectInstagram() {
    const { data } = await mutate({ variables: { personaId } });
    if (data) window.location.assign(data.startInstagramConnection.authorizeUrl);
  }

  // Stays busy while the browser navigates away.
  return { connectInstagram, loading: loading || (called && !error) };
}
