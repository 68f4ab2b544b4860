import {
  GraphQLError,
  subscribe as graphqlSubscribe,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
} from 'graphql';
import type { GraphQLContext } from '../graphql/context.js';
import type { Logger } from '../logger.js';
import { eventStream } from './event-stream.js';

type SubscribeResult = ReturnType<typeof graphqlSubscribe>;

interface Group {
  members: Set<(result: ExecutionResult) => void>;
  closeMembers: Set<() => void>;
  source: AsyncIterator<ExecutionResult>;
}

/**
 * Runs each distinct subscription once per process, however many sockets hold it.
 *
 * A subscription's result depends only on its document, operation, variables and the user it
 * reads as: resolvers re-read rows and check the owner, never the socket or the session. So
 * subscriptions that agree on those four are one group: the first member's execution runs,
 * and every event's result (one execution, one set of reads) goes to every member. Ten tabs
 * and a wall dashboard watching one persona cost one execution per event instead of eleven.
 *
 * Members join and leave freely: a member sees results of events after it joined, and the
 * group's execution stops when its last member leaves. Each member has its own bounded
 * buffer, so one slow socket does not hold up the others.
 */
export function sharedSubscriptions(logger: Logger, subscribe: (args: ExecutionArgs) => SubscribeResult = graphqlSubscribe) {
  const groups = new Map<string, Group>();
  const documentIds = new WeakMap<DocumentNode, number>();
  let nextDocumentId = 0;

  const groupKey = (args: ExecutionArgs): string | null => {
    const userId = (args.contextValue as GraphQLContext | undefined)?.viewer?.userId;
    if (!userId) return null;
    let documentId = documentIds.get(args.document);
    if (documentId === undefined) documentIds.set(args.document, (documentId = nextDocumentId++));
    return JSON.stringify([documentId, args.operationName ?? null, args.variableValues ?? null, userId]);
  };

  const endGroup = (key: string, group: Group) => {
    if (groups.get(key) === group) groups.delete(key);
    for (const close of [...group.closeMembers]) close();
    void group.source.return?.();
  };

  const pump = async (key: string, group: Group) => {
    try {
      for (let step = await group.source.next(); !step.done; step = await group.source.next()) {
        for (const deliver of group.members) deliver(step.value);
      }
    } catch (error) {
      logger.error({ err: error }, 'shared subscription failed');
      const failure: ExecutionResult = {
        errors: [new GraphQLError('Subscription failed', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })],
      };
      for (const deliver of group.members) deliver(failure);
    } finally {
      endGroup(key, group);
    }
  };

  return async (args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const key = groupKey(args);
    if (key === null) return subscribe(args);
    let group = groups.get(key);
    if (!group) {
      const result = await subscribe(args);
      // A refusal (an error before any event) belongs to this subscriber alone.
      if (!(Symbol.asyncIterator in result)) return result;
      // Another subscriber may have started the same group while this one awaited.
      group = groups.get(key);
      if (group) void result.return?.();
      else {
        group = { members: new Set(), closeMembers: new Set(), source: result };
        groups.set(key, group);
        void pump(key, group);
      }
    }
    const joined = group;
    let close = () => {};
    const results = eventStream<ExecutionResult>((push) => {
      joined.members.add(push);
      joined.closeMembers.add((close = () => void results.return?.()));
      return () => {
        joined.members.delete(push);
        joined.closeMembers.delete(close);
        if (joined.members.size === 0) endGroup(key, joined);
      };
    });
    return results;
  };
}
