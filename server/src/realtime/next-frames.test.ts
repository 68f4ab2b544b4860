import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { MAX_QUEUED_BYTES, nextFrameWriter, TOO_SLOW_CLOSE_CODE } from './next-frames.js';

// A real ws server and client on loopback: the writer's frames are read back by a real parser.

interface Received {
  text: string;
  binary: boolean;
}

let server: WebSocketServer | undefined;

afterEach(async () => {
  for (const client of server?.clients ?? []) client.terminate();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function connectedPair() {
  server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  await once(server, 'listening');
  const accepted = once(server, 'connection') as Promise<[WebSocket]>;
  const client = new WebSocket(`ws://127.0.0.1:${(server.address() as AddressInfo).port}`);
  const received: Received[] = [];
  client.on('message', (data, isBinary) => received.push({ text: String(data), binary: isBinary }));
  const closed = once(client, 'close') as Promise<[number, Buffer]>;
  await once(client, 'open');
  const [serverSide] = await accepted;
  return { client, serverSide, received, closed };
}

async function until(condition: () => boolean, what: string, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('nextFrameWriter', () => {
  it('sends the payload as a graphql-transport-ws next message, in text frames, for any id and text', async () => {
    const { client, serverSide, received } = await connectedPair();
    const write = nextFrameWriter(serverSide, 'öp-"1"');
    const payloads = [{ data: { title: 'Morning light 🌅' } }, { data: { title: 'Second' } }];
    for (const payload of payloads) write(Buffer.from(JSON.stringify(payload)));

    await until(() => received.length === 2, 'both frames');
    expect(received.every((message) => !message.binary)).toBe(true);
    expect(received.map((message) => JSON.parse(message.text))).toEqual(
      payloads.map((payload) => ({ id: 'öp-"1"', type: 'next', payload })),
    );
    client.close();
  });

  it('closes with 1013 a socket whose client stops reading, once over the queue limit, and writes nothing after', async () => {
    const { client, serverSide, received, closed } = await connectedPair();
    const write = nextFrameWriter(serverSide, '1');
    client.pause();
    const payload = Buffer.from(JSON.stringify({ data: { caption: 'x'.repeat(256 * 1024) } }));
    let written = 0;
    // The kernel's buffers take the first megabytes; after that the server queues, then closes.
    while (serverSide.readyState === serverSide.OPEN) {
      write(payload);
      written += 1;
      if (written > 400) throw new Error('the socket was never closed');
    }
    expect(serverSide.bufferedAmount).toBeGreaterThan(MAX_QUEUED_BYTES);
    write(payload);

    client.resume();
    const [code] = await closed;
    expect(code).toBe(TOO_SLOW_CLOSE_CODE);
    // Every frame queued before the limit still arrives whole; the one after the close does not.
    expect(received).toHaveLength(written - 1);
    expect(JSON.parse(received.at(-1)!.text)).toEqual({ id: '1', type: 'next', payload: JSON.parse(String(payload)) });
  });
});
