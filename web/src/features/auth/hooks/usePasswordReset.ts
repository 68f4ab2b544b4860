import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import { useStartSession } from './useStartSession';

const requestPasswordResetMutation = graphql(`
  mutation RequestPasswordReset($input: RequestPasswordResetInput!) {
    requestPasswordReset(input: $input)
  }
`);

const resetPasswordMutation = graphql(`
  mutation ResetPassword($input: ResetPasswordInput!) {
    resetPassword(input: $input) {
      token
      viewer {
        id
        ...UserMenu_viewer
        ...EmailConfirmationNotice_viewer
      }
    }
  }
`);

export function useRequestPasswordReset() {
  const [mutate, { loading }] = useMutation(requestPasswordResetMutation);
  return {
    requestReset: async (email: string) => {
      await mutate({ variables: { input: { email } } });
    },
    loading,
  };
}

/** Sets the new password and signs in with the session the server starts for it. */
export function useResetPassword() {
  const [mutate, { loading }] = useMutation(resetPasswordMutation);
  const startSession = useStartSession();
  return {
    resetPassword: async (token: string, newPassword: string) => {
      const { data } = await mutate({ variables: { input: { token, newPassword } } });
      if (data) await startSession(data.resetPassword);
    },
    loading,
  };
}
