import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { UpdateProfileInput } from '../../../gql/graphql';

const updateProfileMutation = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      displayName
      timeZone
      updatedAt
    }
  }
`);

/** Profile has no id of its own, so the new values are written onto the viewer by hand. */
export function useUpdateProfile(viewerId: string) {
  const [mutate, { loading }] = useMutation(updateProfileMutation, {
    update(cache, { data }) {
      if (!data) return;
      cache.modify({
        id: cache.identify({ __typename: 'Viewer', id: viewerId }),
        fields: { profile: (existing: object) => ({ ...existing, ...data.updateProfile }) },
      });
    },
  });

  async function updateProfile(input: UpdateProfileInput) {
    await mutate({ variables: { input } });
  }

  return { updateProfile, loading };
}
