import { makeFragmentData } from '../../../gql/fragment-masking';
import { boardCardFragment, type BoardCardItem } from '../components/BoardCard';

/**
 * The card as the server will most likely return it after `change`, for an optimistic
 * result. The generated types leave `__typename` out, but the cache needs it to update the
 * item in place (its nested persona and plan carry theirs from the cache already).
 */
export function optimisticCard(item: BoardCardItem, change: Pick<Partial<BoardCardItem>, 'status' | 'scheduledAt'>) {
  return {
    __typename: 'ContentItem' as const,
    id: item.id,
    ...makeFragmentData({ ...item, ...change, version: item.version + 1 }, boardCardFragment),
  };
}
