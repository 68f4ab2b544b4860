import WebSocket from 'ws';

// A bare WebSocket speaking graphql-transport-ws by hand, for what a well-behaved client never
// does: skip connection_init, send junk or oversized frames, come from another site's page.

export interface RawSocket {
  socket: WebSocket;
  /** Resolves on open; rejects when the server refuses the upgrade. */
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  /** The next message the server sends, parsed. */
  nextMessage(): Promise<any>;
  send(message: unknown): void;
}

export function rawSocket(baseUrl: string, headers: Record<string, string> = {}): RawSocket {
  const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', { headers });
  const opened = new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve());
    socket.once('error', reject);
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: String(reason) })),
  );
  const messages: any[] = [];
  const waiters: Array<(message: any) => void> = [];
  socket.on('message', (data) => {
    const message = JSON.parse(String(data));
    const waiter = waiters.shift();
    if (waiter) waiter(message);
    else messages.push(message);
  });
  return {
    socket,
    opened,
    closed,
    nextMessage: () => (messages.length ? Promise.resolve(messages.shift()) : new Promise((resolve) => waiters.push(resolve))),
    send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
  };
}

/** A raw socket past connection_init, acknowledged for `token`. */
export async function acknowledgedSocket(baseUrl: string, token: string): Promise<RawSocket> {
  const raw = rawSocket(baseUrl);
  await raw.opened;
  raw.send({ type: 'connection_init', payload: { authorization: `Bearer ${token}` } });
  const ack = await raw.nextMessage();
  if (ack.type !== 'connection_ack') throw new Error(`expected connection_ack, got ${JSON.stringify(ack)}`);
  return raw;
}
