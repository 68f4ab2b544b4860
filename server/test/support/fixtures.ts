import { expect } from 'vitest';
import { CREATE_ITEM, CREATE_PERSONA, CREATE_PLAN } from './documents.js';
import type { GraphQLRequest, GraphQLResponse } from './graphql-client.js';
import type { TestServer } from './test-server.js';

// Builders that create data through the API, and assertions shared by the test files.

let handles = 0;

/** A persona with the required fields; overrides win. Fails loudly if the API refuses it. */
export async function createPersona(request: GraphQLRequest, overrides: Record<string, unknown> = {}) {
  handles += 1;
  const input = { name: `Persona ${handles}`, handle: `persona_${handles}`, niche: 'testing', ...overrides };
  return expectData(await request<any>(CREATE_PERSONA, { input })).createPersona;
}

/** A four-week plan at 3 posts a week; overrides win. */
export async function createPlan(request: GraphQLRequest, personaId: string, overrides: Record<string, unknown> = {}) {
  const input = {
    personaId,
    title: 'Spring plan',
    startDate: '2026-03-02',
    endDate: '2026-03-29',
    frequency: { count: 3, period: 'WEEK' },
    ...overrides,
  };
  return expectData(await request<any>(CREATE_PLAN, { input })).createContentPlan;
}

export async function createItem(request: GraphQLRequest, personaId: string, overrides: Record<string, unknown> = {}) {
  const input = { personaId, title: 'An idea', platform: 'INSTAGRAM', ...overrides };
  return expectData(await request<any>(CREATE_ITEM, { input })).createContentItem;
}

/** The data of a response that must have succeeded. */
export function expectData<Data>(result: GraphQLResponse<Data>): Data {
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  expect(result.data).toBeTruthy();
  return result.data as Data;
}

/** The single error of a refused operation, checked for its code (and field, when given). */
export function expectError(result: GraphQLResponse<unknown>, code: string, field?: string) {
  expect(result.errors, JSON.stringify(result.data)).toHaveLength(1);
  const error = result.errors![0]!;
  expect(error.extensions?.code, error.message).toBe(code);
  if (field !== undefined) expect(error.extensions?.field).toBe(field);
  return error;
}

/** Every `field` named in a BAD_USER_INPUT error's fieldErrors. */
export function fieldErrorFields(result: GraphQLResponse<unknown>): string[] {
  const fieldErrors = result.errors?.[0]?.extensions?.fieldErrors as Array<{ field: string }> | undefined;
  return (fieldErrors ?? []).map((error) => error.field);
}

export async function countRows(server: TestServer, table: string): Promise<number> {
  const { rows } = await server.handle.pool.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`);
  return rows[0]!.n;
}

/** Runs `action` and asserts it left every listed table's row count as it was. */
export async function expectNothingWritten(server: TestServer, tables: string[], action: () => Promise<void>) {
  const before = await Promise.all(tables.map((table) => countRows(server, table)));
  await action();
  const after = await Promise.all(tables.map((table) => countRows(server, table)));
  expect(after).toEqual(before);
}
