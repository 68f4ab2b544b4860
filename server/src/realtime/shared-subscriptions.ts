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
import type { NextFrameWriter } from './next-frames.js';

type SubscribeResult = ReturnType<typeof graphqlSubscribe>;

/** One event's result, and its payload serialised on first ask (once for the whole group). */
type Member = (result: ExecutionResult, payload: () => Buffer) => void;

interface Group {
  members: Set<Member>;
  closeMembers: Set<() => void>;
  source: AsyncIterator<ExecutionResult>;
  /** The first member's arguments: whose request id the group's error reports carry. */
  args: ExecutionArgs;
}

export interface SharedSubscriptionOptions {
  /** The socket writer of the operation these arguments belong to, when it has one. */
  writerFor?: (args: ExecutionArgs) => NextFrameWriter | undefined;
  /** A result as its `next` message's payload, in JSON. */
  serialise: (result: ExecutionResult, args: ExecutionArgs) => Buffer;
  subscribe?: (args: ExecutionArgs) => SubscribeResult;
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
 * Members with a socket writer get the result serialised once for the group and written
 * straight to their socket with their operation id around it; the iterator graphql-ws holds
 * for them only ends. Going through graphql-ws's own loop would stringify the whole result
 * again for every socket and take a chain of promises per delivery, which was most of the
 * server's work in the fan-out benchmark. Members without one (no socket) get an iterator with
 * its own bounded buffer. Members join and leave freely: a member sees results of events after
 * it joined, and the group's execution stops when its last member leaves.
 */
export function sharedSubscriptions(logger: Logger, options: SharedSubscriptionOptions) {
  const subscribe = options.subscribe ?? graphqlSubscribe;
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

  const deliver = (group: Group, result: ExecutionResult) => {
    let payload: Buffer | undefined;
    const serialised = () => (payload ??= options.serialise(result, group.args));
    for (const member of group.members) member(result, serialised);
  };

  const pump = async (key: string, group: Group) => {
    try {
      for (let step = await group.source.next(); !step.done; step = await group.source.next()) {
        deliver(group, step.value);
      }
    } catch (error) {
      logger.error({ err: error }, 'shared subscription failed');
      deliver(group, {
        errors: [new GraphQLError('Subscription failed', { extensions: { code: 'INTERNAL_SERVER_ERROR' } })],
      });
    } finally {
      endGroup(key, group);
    }
  };

  const join = async (key: string, args: ExecutionArgs): Promise<Group | ExecutionResult> => {
    const existing = groups.get(key);
    if (existing) return existing;
    const result = await subscribe(args);
    // A refusal (an error before any event) belongs to this subscriber alone.
    if (!(Symbol.asyncIterator in result)) return result;
    // Another subscriber may have started the same group while this one awaited.
    const started = groups.get(key);
    if (started) {
      void result.return?.();
      return started;
    }
    const group: Group = { members: new Set(), closeMembers: new Set(), source: result, args };
    groups.set(key, group);
    void pump(key, group);
    return group;
  };

  return async (args: ExecutionArgs): Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult> => {
    const key = groupKey(args);
    if (key === null) return subscribe(args);
    const group = await join(key, args);
    if (!('members' in group)) return group;
    const writer = options.writerFor?.(args);
    const results: AsyncIterableIterator<ExecutionResult> = eventStream<ExecutionResult>((push) => {
      const member: Member = writer ? (_result, payload) => writer(payload()) : (result) => push(result);
      const close = () => void results.return?.();
      group.members.add(member);
      group.closeMembers.add(close);
      return () => {
        group.members.delete(member);
        group.closeMembers.delete(close);
        if (group.members.size === 0) endGroup(key, group);
      };
    });
    return results;
  };
}
