import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { ChangePasswordInput } from '../../../gql/graphql';

const changePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input)
  }
`);

const signOutOtherSessionsMutation = graphql(`
  mutation SignOutOtherSessions {
    signOutOtherSessions
  }
`);

/** Either change ends the other sessions: the count the profile shows becomes 1. */
function keepOnlyThisSession(cache: ApolloCache, viewerId: string) {
  cache.modify({ id: cache.identify({ __typename: 'Viewer', id: viewerId }), fields: { activeSessions: () => 1 } });
}

export function useChangePassword(viewerId: string) {
  const [mutate, { loading }] = useMutation(changePasswordMutation, { update: (cache) => keepOnlyThisSession(cache, viewerId) });
  return {
    changePassword: async (input: ChangePasswordInput) => {
      await mutate({ variables: { input } });
    },
    loading,
  };
}

export function useSignOutOtherSessions(viewerId: string) {
  const [mutate, { loading }] = useMutation(signOutOtherSessionsMutation, { update: (cache) => keepOnlyThisSession(cache, viewerId) });
  return {
    signOutOthers: async () => {
      const { data } = await mutate();
      return data?.signOutOtherSessions ?? 0;
    },
    loading,
  };
}
