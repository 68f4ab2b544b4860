import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { getFragmentData, type FragmentType } from '../gql/fragment-masking';
import { graphql } from '../gql/gql';
import type { ContentItemStatus } from '../gql/graphql';
import { evictItemAggregates } from '../lib/content-item-cache';
import type { SelectedItem } from './useItemSelection';

const bulkResultFragment = graphql(`
  fragment BulkItemsResult_result on BulkItemsResult {
    doneIds
    items {
      id
      status
      version
      scheduledAt
      updatedAt
    }
    refused {
      itemId
      code
      reason
      item {
        id
        title
        status
        version
      }
    }
  }
`);

const moveItemsMutation = graphql(`
  mutation MoveContentItems($items: [ItemVersionInput!]!, $to: ContentItemStatus!) {
    moveContentItems(items: $items, to: $to) {
      ...BulkItemsResult_result
    }
  }
`);

const scheduleItemsMutation = graphql(`
  mutation ScheduleContentItems($ids: [ID!]!, $channelId: ID!, $queue: Boolean!) {
    scheduleContentItems(ids: $ids, channelId: $channelId, queue: $queue) {
      ...BulkItemsResult_result
    }
  }
`);

const deleteItemsMutation = graphql(`
  mutation DeleteContentItems($ids: [ID!]!) {
    deleteContentItems(ids: $ids) {
      ...BulkItemsResult_result
    }
  }
`);

const getResult = (result: FragmentType<typeof bulkResultFragment>) => getFragmentData(bulkResultFragment, result);

/** What a bulk action did, ready to show: the refused items by title, each with the reason. */
export interface BulkOutcome {
  action: string;
  doneIds: string[];
  refused: Array<{ id: string; title: string; reason: string }>;
}

function outcomeOf(action: string, selected: readonly SelectedItem[], result: { doneIds: string[]; refused: ReadonlyArray<{ itemId: string; reason: string }> }): BulkOutcome {
  const titles = new Map(selected.map((item) => [item.id, item.title]));
  return {
    action,
    doneIds: result.doneIds,
    refused: result.refused.map((refusal) => ({ id: refusal.itemId, title: titles.get(refusal.itemId) || 'Untitled', reason: refusal.reason })),
  };
}

/** Lists, counts and columns that may hold the selected items are fetched again. */
function evictAffected(cache: ApolloCache, selected: readonly SelectedItem[]) {
  for (const personaId of new Set(selected.map((item) => item.personaId))) {
    evictItemAggregates(cache, { personaId, planIds: selected.filter((item) => item.personaId === personaId).map((item) => item.planId) });
  }
}

/** Move, schedule and delete many items in one call each; every item is checked as on its own. */
export function useBulkItemActions() {
  const [moveMany, moving] = useMutation(moveItemsMutation);
  const [scheduleMany, scheduling] = useMutation(scheduleItemsMutation);
  const [deleteMany, deleting] = useMutation(deleteItemsMutation);

  async function move(selected: readonly SelectedItem[], to: ContentItemStatus, label: string): Promise<BulkOutcome> {
    const { data } = await moveMany({
      variables: { to, items: selected.map((item) => ({ id: item.id, expectedVersion: item.version })) },
      update: (cache) => evictAffected(cache, selected),
    });
    return outcomeOf(`Moved to ${label}`, selected, getResult(data!.moveContentItems));
  }

  /** At each item's planned time, or with `queue` into the channel's next free slots in selection order. */
  async function schedule(selected: readonly SelectedItem[], channelId: string, queue: boolean): Promise<BulkOutcome> {
    const { data } = await scheduleMany({
      variables: { channelId, queue, ids: selected.map((item) => item.id) },
      update: (cache) => evictAffected(cache, selected),
    });
    return outcomeOf(queue ? 'Added to the queue' : 'Scheduled', selected, getResult(data!.scheduleContentItems));
  }

  async function remove(selected: readonly SelectedItem[]): Promise<BulkOutcome> {
    const { data } = await deleteMany({
      variables: { ids: selected.map((item) => item.id) },
      update(cache, { data: answer }) {
        for (const id of answer ? getResult(answer.deleteContentItems).doneIds : []) {
          cache.evict({ id: cache.identify({ __typename: 'ContentItem', id }) });
        }
        evictAffected(cache, selected);
      },
    });
    return outcomeOf('Moved to the Trash', selected, getResult(data!.deleteContentItems));
  }

  return { move, schedule, remove, busy: moving.loading || scheduling.loading || deleting.loading };
}
