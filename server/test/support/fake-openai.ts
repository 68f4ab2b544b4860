import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

// A stand-in for an OpenAI-compatible server on 127.0.0.1, speaking the documented wire
// format of /v1/chat/completions, /v1/images/generations and /v1/images/edits (multipart, with
// one `image[]` part per input image), and /v1/videos (create, retrieve, content). Tests script its answers; it records every request it
// receives, a multipart one as its fields and files.

export interface ScriptedAnswer {
  status?: number;
  body?: unknown;
  /** Hold the answer this long (a slow or hung provider). */
  delayMs?: number;
  /** Answer only a request to this path (e.g. `/v1/embeddings`); without it, the next request. */
  path?: string;
  /** A binary answer instead of `body` (a video's content), with its content type. */
  raw?: { bytes: Buffer; contentType: string };
}

export interface FakeOpenAI {
  baseUrl: string;
  requests: Array<{ path: string; body: any; authorization?: string }>;
  /** Answers for the next requests, in order; once used up, `fallback` answers. */
  script(...answers: ScriptedAnswer[]): void;
  close(): Promise<void>;
}

export function chatCompletion(content: unknown, overrides: Record<string, unknown> = {}) {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1_800_000_000,
    model: 'gpt-4o-mini-2024-07-18',
    choices: [
      {
        index: 0,
        finish_reason: 'stop',
        message: { role: 'assistant', content: typeof content === 'string' ? content : JSON.stringify(content), refusal: null },
      },
    ],
    usage: { prompt_tokens: 321, completion_tokens: 123, total_tokens: 444 },
    ...overrides,
  };
}

export function refusal(text: string) {
  return chatCompletion(null, {
    choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: null, refusal: text } }],
  });
}

export function imageResult(bytes: Buffer) {
  return { created: 1_800_000_000, data: [{ b64_json: bytes.toString('base64') }], usage: { input_tokens: 50, output_tokens: 4000 } };
}

function readBody(request: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

/** A received multipart form: its text fields, and its files in the order sent. */
export interface MultipartBody {
  fields: Record<string, string>;
  files: Array<{ field: string; name: string; type: string; bytes: Buffer }>;
}

async function parseBody(raw: Buffer, contentType: string | undefined): Promise<unknown> {
  if (!raw.length) return null;
  if (!contentType?.startsWith('multipart/form-data')) return JSON.parse(raw.toString('utf8'));
  // The platform's own multipart parser, as any server framework would use one.
  const form = await new Request('http://fake.invalid/', { method: 'POST', headers: { 'content-type': contentType }, body: raw }).formData();
  const parsed: MultipartBody = { fields: {}, files: [] };
  for (const [field, value] of form.entries()) {
    if (typeof value === 'string') parsed.fields[field] = value;
    else parsed.files.push({ field, name: value.name, type: value.type, bytes: Buffer.from(await value.arrayBuffer()) });
  }
  return parsed;
}

export async function startFakeOpenAI(fallback: ScriptedAnswer = { status: 500, body: { error: { message: 'no answer scripted' } } }): Promise<FakeOpenAI> {
  const queue: ScriptedAnswer[] = [];
  const requests: FakeOpenAI['requests'] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server: Server = createServer(async (request, response) => {
    const raw = await readBody(request);
    requests.push({ path: request.url ?? '', body: await parseBody(raw, request.headers['content-type']), authorization: request.headers.authorization });
    // The first scripted answer for this path (or for any), so concurrent calls get theirs.
    const index = queue.findIndex((candidate) => !candidate.path || candidate.path === request.url);
    const answer = index >= 0 ? queue.splice(index, 1)[0]! : fallback;
    const send = () => {
      if (response.destroyed) return;
      if (answer.raw) {
        response.writeHead(answer.status ?? 200, { 'content-type': answer.raw.contentType, 'content-length': answer.raw.bytes.length });
        response.end(answer.raw.bytes);
        return;
      }
      response.writeHead(answer.status ?? 200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(answer.body ?? {}));
    };
    if (!answer.delayMs) return send();
    const timer = setTimeout(() => (timers.delete(timer), send()), answer.delayMs);
    timers.add(timer);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...answers) => void queue.push(...answers),
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export function embeddingsResult(vectors: number[][], model = 'text-embedding-3-small') {
  return {
    object: 'list',
    data: vectors.map((embedding, index) => ({ object: 'embedding', index, embedding })),
    model,
    usage: { prompt_tokens: 12 * vectors.length, total_tokens: 12 * vectors.length },
  };
}
