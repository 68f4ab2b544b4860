import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql/gql';

// A rewrite for the current brief: a proposal (saves nothing), then, if the person keeps it,
// the caption saved with the proposal's run so the item records the brief it was written for.

const proposeRewriteMutation = graphql(`
  mutation ProposeRewriteForBrief($itemId: ID!) {
    proposeCaption(itemId: $itemId) {
      caption
      run {
        id
        briefVersion
      }
    }
  }
`);

const keepRewriteMutation = graphql(`
  mutation KeepRewriteForBrief($id: ID!, $input: UpdateContentItemInput!) {
    updateContentItem(id: $id, input: $input) {
      id
      version
      caption
      briefVersion
      updatedAt
    }
  }
`);

export interface Rewrite {
  caption: string;
  runId: string;
  briefVersion: number;
}

export function useRewriteForBrief() {
  const [propose, { loading: proposing }] = useMutation(proposeRewriteMutation);
  // The item leaves the persona's outdated list, and its run joins the run list: both refetch.
  const [keep, { loading: keeping }] = useMutation(keepRewriteMutation, { refetchQueries: 'active' });

  async function proposeRewrite(itemId: string): Promise<Rewrite | null> {
    const { data } = await propose({ variables: { itemId } });
    const proposal = data?.proposeCaption;
    return proposal ? { caption: proposal.caption, runId: proposal.run.id, briefVersion: proposal.run.briefVersion } : null;
  }

  async function keepRewrite(itemId: string, expectedVersion: number, rewrite: Rewrite) {
    await keep({ variables: { id: itemId, input: { expectedVersion, caption: rewrite.caption, captionRunId: rewrite.runId } } });
  }

  return { proposeRewrite, keepRewrite, proposing, keeping };
}
