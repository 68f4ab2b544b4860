import { invalid } from '../../errors.js';
import { isId } from './ids.js';

export const MAX_PAGE_SIZE = 100;

/** Bounds a list's `first` argument (1 to 100, as GitHub's API does). */
export function pageSize(first: number | null | undefined, fallback: number, field = 'first'): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw invalid(field, `must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  return size;
}

/** Opaque keyset cursor: the sort values of the last row seen. */
export function encodeCursor(values: ReadonlyArray<string | null>): string {
  return Buffer.from(JSON.stringify(values)).toString('base64url');
}

export function decodeCursor(cursor: string, length: number, field = 'after'): Array<string | null> {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(values) &&
      values.length === length &&
      values.every((value) => value === null || typeof value === 'string')
    ) {
      return values as Array<string | null>;
    }
  } catch {
    // fall through to the error below
  }
  throw invalid(field, 'is not a cursor returned by this list');
}

/** A keyset position on (timestamp, id); the timestamp may be null for nullable sort columns. */
export interface TimeKey {
  time: Date | null;
  id: string;
}

export function encodeTimeKey(time: Date | null, id: string): string {
  return encodeCursor([time?.toISOString() ?? null, id]);
}

/** Decodes and checks a (timestamp, id) cursor, so a forged one never reaches SQL. */
export function decodeTimeKey(cursor: string, field = 'after'): TimeKey {
  const [time, id] = decodeCursor(cursor, 2, field);
  const date = time === null ? null : new Date(time ?? Number.NaN);
  if (!id || !isId(id) || (date && Number.isNaN(date.getTime()))) {
    throw invalid(field, 'is not a cursor returned by this list');
  }
  return { time: date, id };
}

/** A keyset position on (nullable timestamp, creation time, id): creation breaks the timestamp's ties. */
export interface TimeThenCreatedKey {
  time: Date | null;
  created: Date;
  id: string;
}

export function encodeTimeThenCreatedKey(time: Date | null, created: Date, id: string): string {
  return encodeCursor([time?.toISOString() ?? null, created.toISOString(), id]);
}

/** Decodes and checks a (timestamp, creation time, id) cursor, so a forged one never reaches SQL. */
export function decodeTimeThenCreatedKey(cursor: string, field = 'after'): TimeThenCreatedKey {
  const [time, created, id] = decodeCursor(cursor, 3, field);
  const date = time === null ? null : new Date(time ?? Number.NaN);
  const createdDate = new Date(created ?? Number.NaN);
  if (!id || !isId(id) || (date && Number.isNaN(date.getTime())) || Number.isNaN(createdDate.getTime())) {
    throw invalid(field, 'is not a cursor returned by this list');
  }
  return { time: date, created: createdDate, id };
}

export interface Page<Row> {
  nodes: Row[];
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Turns `size + 1` fetched rows into a page, so hasNextPage costs no extra query. */
export function toPage<Row>(rows: Row[], size: number, cursorOf: (row: Row) => string): Page<Row> {
  const nodes = rows.slice(0, size);
  const last = nodes.at(-1);
  return { nodes, hasNextPage: rows.length > size, endCursor: last ? cursorOf(last) : null };
}
