import { authorizationHeader } from './auth-token';
import { videoUploadsPath } from './endpoints';
import { AssetUploadError } from './upload-asset';

// Videos go up in chunks through the resumable upload protocol: start with the size (the
// server refuses one over its cap before any byte is sent), send each chunk at the offset the
// server keeps, and after a dropped request ask it where to go on, so a flaky connection costs
// one chunk, not the whole file. Completing probes the file; a video that needs converting is
// stored at once and converted in the background.

interface UploadState {
  id: string;
  byteSize: number;
  receivedBytes: number;
  chunkBytes: number;
}

interface Refusal {
  error?: { message?: string; field?: string };
}

/** The request did not get an answer: worth sending again from the server's offset. */
class Unreachable extends AssetUploadError {}

/** Attempts per chunk before giving up: each retry resumes from the server's offset. */
const CHUNK_ATTEMPTS = 4;

function headers(extra: Record<string, string> = {}): Record<string, string> {
  const authorization = authorizationHeader();
  return { ...(authorization ? { authorization } : {}), ...extra };
}

async function call<T>(url: string, init: RequestInit): Promise<{ status: number; body: (T & Refusal) | null }> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new Unreachable('Cannot reach the server. Check your connection and try again.');
  }
  return { status: response.status, body: (await response.json().catch(() => null)) as (T & Refusal) | null };
}

function refusal(body: Refusal | null, status: number): AssetUploadError {
  const message = body?.error?.message?.replace(/^[\w.]+: /, '') ?? `The server answered with HTTP ${status}. Try again.`;
  return new AssetUploadError(message);
}

/** Where the server stands on an upload, after a chunk was lost on the way. */
async function serverOffset(id: string): Promise<number> {
  const { status, body } = await call<UploadState>(`${videoUploadsPath}/${id}`, { headers: headers() });
  if (status !== 200 || !body) throw refusal(body, status);
  return body.receivedBytes;
}

/**
 * Uploads a video for the persona; `onProgress` hears the share sent so far (0 to 1). Resolves
 * with the stored asset's id; rejects with an AssetUploadError that says why.
 */
export async function uploadVideo(
  personaId: string,
  file: File,
  onProgress?: (fraction: number) => void,
  signal?: AbortSignal,
  digitalSourceType: string | null = null,
): Promise<{ id: string }> {
  const started = await call<UploadState>(videoUploadsPath, {
    method: 'POST',
    headers: headers({ 'content-type': 'application/json' }),
    body: JSON.stringify({ personaId, fileName: file.name || 'video', byteSize: file.size, digitalSourceType }),
  });
  if (started.status !== 201 || !started.body) throw refusal(started.body, started.status);
  const { id, chunkBytes } = started.body;
  let offset = 0;
  let failures = 0;
  while (offset < file.size) {
    if (signal?.aborted) throw new AssetUploadError('The upload was cancelled.');
    const chunk = file.slice(offset, offset + chunkBytes);
    try {
      const sent = await call<UploadState>(`${videoUploadsPath}/${id}`, {
        method: 'PATCH',
        headers: headers({ 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' }),
        body: chunk,
        signal,
      });
      if (sent.status === 409) offset = await serverOffset(id);
      else if (sent.status !== 200 || !sent.body) throw refusal(sent.body, sent.status);
      else offset = sent.body.receivedBytes;
      failures = 0;
    } catch (error) {
      // A refusal is final; a lost request is sent again from where the server stands.
      failures += 1;
      if (!(error instanceof Unreachable) || signal?.aborted || failures >= CHUNK_ATTEMPTS) throw error;
      offset = await serverOffset(id);
    }
    onProgress?.(offset / file.size);
  }
  const done = await call<{ id: string }>(`${videoUploadsPath}/${id}/complete`, { method: 'POST', headers: headers() });
  if (done.status !== 201 || !done.body?.id) throw refusal(done.body, done.status);
  return { id: done.body.id };
}

/** A file the browser calls a video (the server checks the bytes either way). */
export function isVideoFile(file: File): boolean {
  return file.type.startsWith('video/') || /\.(mp4|mov|m4v|webm|mkv)$/i.test(file.name);
}
