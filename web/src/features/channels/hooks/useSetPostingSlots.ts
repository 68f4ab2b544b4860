import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';
import type { PostingSlotInput } from '../../../gql/graphql';

const setPostingSlotsMutation = graphql(`
  mutation SetPostingSlots($channelId: ID!, $slots: [PostingSlotInput!]!) {
    setPostingSlots(channelId: $channelId, slots: $slots) {
      id
      ...ChannelCard_channel
    }
  }
`);

/** Replaces the channel's posting schedule; the answer refreshes its card and next free slot. */
export function useSetPostingSlots() {
  const [mutate, { loading }] = useMutation(setPostingSlotsMutation);

  async function save(channelId: string, slots: PostingSlotInput[]) {
    await mutate({ variables: { channelId, slots } });
  }

  return { save, saving: loading };
}
