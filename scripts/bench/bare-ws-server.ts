/**
 * The fan-out ceiling: a bare `ws` server with no GraphQL, no auth and no re-reads. It hears
 * the same commits the real server hears (LISTEN on the app's channel, one connection) and
 * broadcasts, for every status change, the payload the real server sent for one (captured in
 * the same run), with the change's ids put in: serialised once, sent to every socket.
 *
 * Env: PORT, DATABASE_URL, BENCH_PAYLOAD (a graphql-ws `next` message as JSON).
 */
import http from 'node:http';
import pg from 'pg';
import { WebSocketServer, type WebSocket } from 'ws';

const CHANNEL = 'doppelcart_events';

const port = Number(process.env.PORT);
const template = JSON.parse(process.env.BENCH_PAYLOAD ?? '') as {
  payload: { data: { contentItemStatusChanged: { item: { id: string }; change: { id: string } } } };
};
const event = template.payload.data.contentItemStatusChanged;

const sockets = new Set<WebSocket>();
const httpServer = http.createServer((req, res) => {
  res.writeHead(req.url === '/healthz' ? 200 : 404, { 'content-type': 'application/json' }).end('{"status":"ok"}');
});
const wss = new WebSocketServer({ server: httpServer });
wss.on('connection', (socket) => {
  sockets.add(socket);
  socket.on('close', () => sockets.delete(socket));
  socket.on('error', () => sockets.delete(socket));
});

const listener = new pg.Client({ connectionString: process.env.DATABASE_URL });
listener.on('notification', (message) => {
  const notified = JSON.parse(message.payload ?? '{}') as { type?: string; itemId?: string; changeId?: string };
  if (notified.type !== 'item_status') return;
  event.item.id = notified.itemId!;
  event.change.id = notified.changeId!;
  const text = JSON.stringify(template);
  for (const socket of sockets) socket.send(text);
});
await listener.connect();
await listener.query(`LISTEN ${CHANNEL}`);
httpServer.listen(port, '127.0.0.1');

const stop = () => {
  for (const socket of sockets) socket.terminate();
  void listener.end().finally(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
