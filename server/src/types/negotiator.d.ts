// negotiator 1.x ships no types, and @types/negotiator (0.6) lacks the `preferred` option that
// lets the server rank equally accepted encodings (brotli before gzip).
declare module 'negotiator' {
  import type { IncomingMessage } from 'node:http';

  export default class Negotiator {
    constructor(request: Pick<IncomingMessage, 'headers'>);
    encodings(available?: readonly string[], options?: { preferred?: readonly string[] }): string[];
  }
}
