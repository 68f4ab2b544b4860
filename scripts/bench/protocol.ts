// What the benchmark's processes say to each other over IPC.

/**
 * Milliseconds on CLOCK_MONOTONIC (process.hrtime), which on Linux is one clock for every
 * process on the machine: commit times taken in one process compare with receipt times taken
 * in another.
 */
export function clockMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}

export type ServerKind = 'graphql' | 'bare';

export type ClientCommand =
  | {
      cmd: 'open';
      kind: ServerKind;
      url: string;
      count: number;
      concurrency: number;
      tokens: string[];
      personaId: string;
      query: string;
    }
  | { cmd: 'reset' }
  | { cmd: 'progress' }
  | { cmd: 'cpu' }
  | { cmd: 'sample' }
  /** Latencies of the receipts since the last reset, against [changeId, commit time] pairs. */
  | { cmd: 'stats'; commits: Array<[number, number]>; window: [number, number] }
  | { cmd: 'close' }
  | { cmd: 'exit' };

export type ClientReply = { seq: number; ok: true; result: unknown } | { seq: number; ok: false; error: string };

export interface LatencyStats {
  subscribers: number;
  /** Commits measured x subscribers. */
  expected: number;
  /** Receipts of the measured commits. */
  received: number;
  /** Receipts (of any change) whose receipt time fell in the window. */
  receivedInWindow: number;
  errors: number;
  unexpectedCloses: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  min: number;
}
