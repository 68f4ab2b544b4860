import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

const verifyEmailMutation = graphql(`
  mutation VerifyEmail($input: VerifyEmailInput!) {
    verifyEmail(input: $input)
  }
`);

const resendVerificationMutation = graphql(`
  mutation ResendVerificationEmail {
    resendVerificationEmail
  }
`);

/**
 * Confirms the address from its link. The link may be opened signed out or as someone else,
 * so the viewer is read again rather than patched in the cache.
 */
export function useVerifyEmail() {
  const [mutate, state] = useMutation(verifyEmailMutation, {
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'viewer' });
    },
  });
  return {
    verify: async (token: string) => {
      await mutate({ variables: { input: { token } } });
    },
    ...state,
  };
}

export function useResendVerification() {
  const [mutate, { loading }] = useMutation(resendVerificationMutation);
  return {
    resend: async () => {
      const { data } = await mutate();
      return data?.resendVerificationEmail ?? false;
    },
    loading,
  };
}
