import { useApolloClient, useMutation } from '@apollo/client/react';
import { useNavigate } from 'react-router';
import { graphql } from '../../../gql/gql';
import { clearToken } from '../../../lib/auth-token';

const signOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

export function useSignOut() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const [mutate, { loading }] = useMutation(signOutMutation);

  async function signOut() {
    // Revoking is best effort: the local session ends even when the server is unreachable.
    await mutate().catch(() => undefined);
    clearToken();
    await client.clearStore();
    void navigate('/sign-in', { replace: true });
  }

  return { signOut: () => void signOut(), signingOut: loading };
}
