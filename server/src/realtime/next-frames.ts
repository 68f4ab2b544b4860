import { MessageType } from 'graphql-ws';
import type { WebSocket } from 'ws';

/**
 * Past this many bytes queued for one socket (about a thousand board events), the client is
 * not reading: the socket is closed with 1013 (try again later). graphql-ws clients reconnect
 * and re-subscribe, and the SPA refetches what it shows, so a slow tab catches up from the
 * current state instead of the server holding an ever-growing backlog for it.
 */
export const MAX_QUEUED_BYTES = 1024 * 1024;
export const TOO_SLOW_CLOSE_CODE = 1013;

const CLOSING_BRACE = 0x7d;

/** Writes one operation's graphql-transport-ws frames to its socket. */
export type NextFrameWriter = (payload: Buffer) => void;

/**
 * A writer of `{"id":<id>,"type":"next","payload":<payload>}` text frames for one operation,
 * given the payload already serialised. A shared subscription serialises each result once,
 * and each socket only adds its operation id around the same bytes: what graphql-ws would send,
 * without stringifying the whole result again per socket.
 */
export function nextFrameWriter(socket: WebSocket, operationId: string): NextFrameWriter {
  const prefix = `{"id":${JSON.stringify(operationId)},"type":"${MessageType.Next}","payload":`;
  const prefixBytes = Buffer.byteLength(prefix);
  return (payload) => {
    if (socket.readyState !== socket.OPEN) return;
    if (socket.bufferedAmount > MAX_QUEUED_BYTES) {
      socket.close(TOO_SLOW_CLOSE_CODE, 'Too many messages waiting: reconnect');
      return;
    }
    const frame = Buffer.allocUnsafe(prefixBytes + payload.length + 1);
    frame.write(prefix, 0, 'utf8');
    payload.copy(frame, prefixBytes);
    frame[frame.length - 1] = CLOSING_BRACE;
    socket.send(frame, { binary: false });
  };
}
