import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from './support/app-process.js';
import { signUpUser } from './support/graphql-client.js';
import { eventually, within } from './support/live-subscription.js';
import { rawSocket, type RawSocket } from './support/raw-socket.js';
import { createTestDatabase, type TestDatabase } from './support/test-database.js';

// What one WebSocket client must not be able to do to a real server process: flood it with
// messages (an unrelated query slowed to 1.6 s under 10,000 frames), or fill its log with a
// stack trace per oversized frame. The process's own output is read, as an operator sees it.

let db: TestDatabase;
let app: AppProcess;
const sockets: RawSocket[] = [];
beforeAll(async () => {
  db = await createTestDatabase();
  app = await startAppProcess({ env: { DATABASE_URL: db.url, RUN_WORKER: 'false' } });
});
afterAll(async () => {
  for (const { socket } of sockets) socket.terminate();
  await app?.stop();
  await db?.drop();
});

function open() {
  const socket = rawSocket(app.url);
  sockets.push(socket);
  return socket;
}

const logLines = () => app.output.join('').split('\n').filter((line) => line.trim() !== '');

describe('WebSocket abuse', () => {
  it('closes a socket on an oversized frame before connection_init with 1009, logging one JSON line', async () => {
    const socket = open();
    await socket.opened;
    socket.send('x'.repeat(64 * 1024 + 1));
    expect((await within(socket.closed, 5_000, 'close')).code).toBe(1009);
    const lines = await eventually(async () => {
      const found = logLines().filter((line) => line.includes('the client broke the protocol'));
      expect(found).toHaveLength(1);
      return logLines();
    }, 5_000);
    // Every line the process wrote is a JSON log entry: no stack trace printed beside them.
    for (const line of lines) expect(() => JSON.parse(line), line).not.toThrow();
  });

  it('closes a socket that floods it with messages (1008), and keeps answering everyone else', async () => {
    const user = await signUpUser(app.url);
    const socket = open();
    await socket.opened;
    socket.send({ type: 'connection_init', payload: { authorization: `Bearer ${user.token}` } });
    expect(await within(socket.nextMessage(), 5_000, 'ack')).toMatchObject({ type: 'connection_ack' });
    for (let i = 0; i < 1_000 && socket.socket.readyState === socket.socket.OPEN; i += 1) socket.send({ type: 'ping' });
    expect(await within(socket.closed, 5_000, 'flood close')).toMatchObject({ code: 1008, reason: 'Too many messages' });
    expect(logLines().filter((line) => line.includes('too many messages'))).toHaveLength(1);

    const answer = await user.request<any>('{ viewer { id } }');
    expect(answer.data.viewer.id).toBe(user.userId);
  });
});
