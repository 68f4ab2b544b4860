/**
 * The load process of the subscription benchmark: opens WebSocket subscribers against the
 * server under test and timestamps every message it receives. Driven over IPC by
 * subscriptions.ts, which runs in another process and commits the changes.
 *
 * Both kinds of server get the same lean client: `graphql` speaks the graphql-transport-ws
 * protocol by hand (connection_init with the token, wait for connection_ack, one subscribe);
 * `bare` just connects. Every message is timestamped with the system-wide monotonic clock
 * (process.hrtime), which the committing process reads too.
 */
import WebSocket from 'ws';
import { clockMs, type ClientCommand, type ClientReply, type LatencyStats } from './protocol.js';

interface Subscriber {
  socket: WebSocket;
  received: number;
  /** Open and counted; a close while live is unexpected. */
  live: boolean;
}

let subscribers: Subscriber[] = [];
// Receipts since the last reset: change id and receipt time, in arrival order.
let receiptIds: number[] = [];
let receiptTimes: number[] = [];
let errorMessages = 0;
let unexpectedCloses = 0;
let sample: string | null = null;

function resetReceipts() {
  receiptIds = [];
  receiptTimes = [];
  errorMessages = 0;
  for (const subscriber of subscribers) subscriber.received = 0;
}

const CHANGE_ID = Buffer.from('"change":{"id":"');
const ERRORS = Buffer.from('"errors"');

/**
 * Status events take a fast path (the change id is read straight from the bytes), so this
 * process spends as little as it can per message and the server stays the bottleneck; the
 * first message of every subscriber, and anything else, is parsed in full and checked.
 */
function onMessage(subscriber: Subscriber, data: WebSocket.RawData) {
  const at = clockMs();
  if (subscriber.received > 0 && Buffer.isBuffer(data)) {
    const idAt = data.indexOf(CHANGE_ID);
    if (idAt >= 0 && data.indexOf(ERRORS) < 0) {
      let changeId = 0;
      for (let i = idAt + CHANGE_ID.length; i < data.length; i += 1) {
        const digit = data[i]! - 48;
        if (digit < 0 || digit > 9) break;
        changeId = changeId * 10 + digit;
      }
      subscriber.received += 1;
      receiptIds.push(changeId);
      receiptTimes.push(at);
      return;
    }
  }
  const text = data.toString();
  let message: { type?: string; payload?: any };
  try {
    message = JSON.parse(text);
  } catch {
    errorMessages += 1;
    return;
  }
  if (message.type !== 'next') {
    if (message.type === 'error') errorMessages += 1;
    return;
  }
  const changeId = message.payload?.data?.contentItemStatusChanged?.change?.id;
  if (changeId === undefined || message.payload?.errors) {
    errorMessages += 1;
    return;
  }
  subscriber.received += 1;
  receiptIds.push(Number(changeId));
  receiptTimes.push(at);
  sample ??= text;
}

/** Opens one subscriber; resolves when it can receive events (subscribed, or connected for bare). */
function openOne(options: Extract<ClientCommand, { cmd: 'open' }>, index: number): Promise<Subscriber> {
  return new Promise((resolve, reject) => {
    const protocol = options.kind === 'graphql' ? 'graphql-transport-ws' : undefined;
    const socket = new WebSocket(options.url, protocol, { perMessageDeflate: false });
    const subscriber: Subscriber = { socket, received: 0, live: false };
    let ready = false;
    const fail = (reason: string) => {
      if (ready) return;
      ready = true;
      socket.terminate();
      reject(new Error(reason));
    };
    const timer = setTimeout(() => fail('timed out'), 30_000);
    const done = () => {
      if (ready) return;
      ready = true;
      clearTimeout(timer);
      resolve(subscriber);
    };
    socket.on('error', (error) => fail(error.message));
    socket.on('close', (code, reason) => {
      if (subscriber.live) unexpectedCloses += 1;
      subscriber.live = false;
      fail(`closed ${code} ${reason.toString()}`);
    });
    socket.on('open', () => {
      if (options.kind === 'bare') {
        socket.on('message', (data) => onMessage(subscriber, data));
        done();
        return;
      }
      const token = options.tokens[index % options.tokens.length]!;
      socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } }));
      socket.once('message', (data) => {
        const message = JSON.parse(data.toString()) as { type?: string };
        if (message.type !== 'connection_ack') return fail(`expected connection_ack, got ${data.toString()}`);
        socket.on('message', (next) => onMessage(subscriber, next));
        socket.send(
          JSON.stringify({ id: '1', type: 'subscribe', payload: { query: options.query, variables: { personaId: options.personaId } } }),
        );
        done();
      });
    });
  });
}

async function open(options: Extract<ClientCommand, { cmd: 'open' }>) {
  const started = clockMs();
  let next = 0;
  let failures = 0;
  let firstError: string | undefined;
  const opened: Subscriber[] = [];
  const worker = async () => {
    while (next < options.count) {
      const index = next++;
      try {
        opened.push(await openOne(options, index));
      } catch (error) {
        failures += 1;
        firstError ??= (error as Error).message;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, options.count) }, worker));
  for (const subscriber of opened) subscriber.live = true;
  subscribers = subscribers.concat(opened);
  return { opened: opened.length, failures, firstError, ms: clockMs() - started };
}

async function closeAll() {
  const closing = subscribers;
  subscribers = [];
  for (const subscriber of closing) {
    subscriber.live = false;
    subscriber.socket.terminate();
  }
  resetReceipts();
  unexpectedCloses = 0;
  sample = null;
  return { closed: closing.length };
}

/**
 * The p-th percentile over every delivery that should have happened: those that did not
 * arrive count as slower than all that did, so a percentile that lands on them is Infinity.
 */
function percentile(sorted: Float64Array, expected: number, p: number): number {
  if (!expected) return NaN;
  const index = Math.max(0, Math.ceil((p / 100) * expected) - 1);
  return index < sorted.length ? sorted[index]! : Infinity;
}

function stats(command: Extract<ClientCommand, { cmd: 'stats' }>): LatencyStats {
  const committedAt = new Map(command.commits);
  const latencies = new Float64Array(receiptIds.length);
  let matched = 0;
  let inWindow = 0;
  const [from, to] = command.window;
  for (let i = 0; i < receiptIds.length; i += 1) {
    const at = receiptTimes[i]!;
    if (at >= from && at < to) inWindow += 1;
    const committed = committedAt.get(receiptIds[i]!);
    if (committed !== undefined) latencies[matched++] = at - committed;
  }
  const sorted = latencies.subarray(0, matched).sort();
  const expected = command.commits.length * subscribers.length;
  return {
    subscribers: subscribers.length,
    expected,
    received: matched,
    receivedInWindow: inWindow,
    errors: errorMessages,
    unexpectedCloses,
    p50: percentile(sorted, expected, 50),
    p90: percentile(sorted, expected, 90),
    p99: percentile(sorted, expected, 99),
    max: matched < expected ? Infinity : matched ? sorted[matched - 1]! : NaN,
    min: matched ? sorted[0]! : NaN,
  };
}

async function handle(command: ClientCommand): Promise<unknown> {
  switch (command.cmd) {
    case 'open':
      return open(command);
    case 'reset':
      resetReceipts();
      return {};
    case 'progress':
      return {
        subscribers: subscribers.length,
        reached: subscribers.filter((subscriber) => subscriber.received > 0).length,
        receipts: receiptIds.length,
        lastAt: receiptTimes.length ? receiptTimes[receiptTimes.length - 1] : null,
      };
    case 'cpu':
      return { cpu: process.cpuUsage(), at: clockMs() };
    case 'sample':
      return { sample };
    case 'stats':
      return stats(command);
    case 'close':
      return closeAll();
    case 'exit':
      await closeAll();
      setImmediate(() => process.exit(0));
      return {};
  }
}

process.on('message', (message: { seq: number; command: ClientCommand }) => {
  handle(message.command).then(
    (result) => process.send!({ seq: message.seq, ok: true, result } satisfies ClientReply),
    (error: unknown) => process.send!({ seq: message.seq, ok: false, error: String(error) } satisfies ClientReply),
  );
});
process.on('disconnect', () => process.exit(0));
