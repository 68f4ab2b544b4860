import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { SignUpInput } from '../../../gql/graphql';
import { useStartSession } from './useStartSession';

const signUpMutation = graphql(`
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) {
      token
      viewer {
        id
        ...UserMenu_viewer
        ...EmailConfirmationNotice_viewer
      }
    }
  }
`);

export function useSignUp() {
  const [mutate, { loading }] = useMutation(signUpMutation);
  const startSession = useStartSession();

  async function signUp(input: SignUpInput) {
    const { data } = await mutate({ variables: { input } });
    if (data) await startSession(data.signUp);
  }

  return { signUp, loading };
}
