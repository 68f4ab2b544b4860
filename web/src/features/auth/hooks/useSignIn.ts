import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { SignInInput } from '../../../gql/graphql';
import { useStartSession } from './useStartSession';

const signInMutation = graphql(`
  mutation SignIn($input: SignInInput!) {
    signIn(input: $input) {
      token
      viewer {
        id
        ...UserMenu_viewer
        ...EmailConfirmationNotice_viewer
      }
    }
  }
`);

export function useSignIn() {
  const [mutate, { loading }] = useMutation(signInMutation);
  const startSession = useStartSession();

  async function signIn(input: SignInInput) {
    const { data } = await mutate({ variables: { input } });
    if (data) await startSession(data.signIn);
  }

  return { signIn, loading };
}
