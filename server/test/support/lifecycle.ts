import { expect } from 'vitest';
import { ITEM_HISTORY, MOVE_ITEM } from './documents.js';
import { createItem, expectData, expectError } from './fixtures.js';
import type { GraphQLRequest, GraphQLResponse } from './graphql-client.js';

// Helpers for the content lifecycle: moves through the API and the checks every refused move
// must pass. The publisher's moves happen for real: see real-outcomes.ts.

/** An instant `days` from now (negative: in the past), as the API writes it. */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}

export function moveItem(request: GraphQLRequest, item: { id: string; version: number }, to: string, reason?: string) {
  return request<any>(MOVE_ITEM, { id: item.id, to, expectedVersion: item.version, reason });
}

/** A move that must succeed; returns the moved item. */
export async function moved(request: GraphQLRequest, item: { id: string; version: number }, to: string, reason?: string) {
  return expectData(await moveItem(request, item, to, reason)).moveContentItem;
}

/**
 * An item created SCHEDULED a week ahead, with a caption. It is for X, a post planned by hand:
 * Instagram and Sandbox items become SCHEDULED only through schedulePost, with a publishing job.
 */
export function createScheduledItem(request: GraphQLRequest, personaId: string, overrides: Record<string, unknown> = {}) {
  return createItem(request, personaId, { platform: 'FACEBOOK', caption: 'Ready to go', status: 'SCHEDULED', scheduledAt: daysFromNow(7), ...overrides });
}

/** The item's status, version and whole timeline, to show a refused change left them alone. */
export async function lifecycleOf(request: GraphQLRequest, itemId: string) {
  return expectData(await request<any>(ITEM_HISTORY, { id: itemId })).contentItem;
}

/** The single ILLEGAL_STATUS_TRANSITION error of a refused move, with its from, to and missing. */
export function expectIllegalMove(
  result: GraphQLResponse<unknown>,
  expected: { from: string | null; to: string; missing: Array<string | ReturnType<typeof expect.stringContaining>> },
) {
  const error = expectError(result, 'ILLEGAL_STATUS_TRANSITION');
  expect(result.data ?? null).toBeNull();
  expect(error.extensions).toEqual({ code: 'ILLEGAL_STATUS_TRANSITION', ...expected });
  return error;
}

/** The single STALE_VERSION error of a refused edit, naming the version now stored. */
export function expectStaleVersion(result: GraphQLResponse<unknown>, currentVersion: number) {
  const error = expectError(result, 'STALE_VERSION');
  expect(error.extensions).toMatchObject({ currentVersion });
  return error;
}
