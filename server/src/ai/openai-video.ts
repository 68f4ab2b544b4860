import OpenAI, { toFile } from 'openai';
import type { Config } from '../config.js';
import { GenerationError } from './generator.js';

// A video from an OpenAI-compatible /videos endpoint (Sora): create the job, ask how far it got
// every VIDEO_POLL_MS (its progress is the run's), download the MP4 once it is completed. A
// failed job ends with the model's reason; aborting stops the polling (the provider's job may
// finish on its own, but nothing is kept of it).

export interface VideoRequest {
  prompt: string;
  /** A still of the persona to start from (the first of the item's images, or a reference). */
  reference: { bytes: Buffer; mimeType: string } | null;
}

const wait = (ms: number, signal?: AbortSignal) =>
  new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new GenerationError('Generation was cancelled', 'cancelled'));
    }, { once: true });
  });

export async function generateOpenAiVideo(
  config: Pick<Config, 'OPENAI_API_KEY' | 'OPENAI_BASE_URL' | 'AI_TIMEOUT_MS' | 'OPENAI_VIDEO_MODEL' | 'VIDEO_POLL_MS'>,
  request: VideoRequest,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<{ bytes: Buffer; model: string }> {
  const client = new OpenAI({ apiKey: config.OPENAI_API_KEY, baseURL: config.OPENAI_BASE_URL, timeout: config.AI_TIMEOUT_MS, maxRetries: 2 });
  const { signal } = options;
  try {
    const reference = request.reference
      ? await toFile(request.reference.bytes, `reference.${request.reference.mimeType.split('/')[1] ?? 'jpg'}`, { type: request.reference.mimeType })
      : undefined;
    let job = await client.videos.create(
      { model: config.OPENAI_VIDEO_MODEL, prompt: request.prompt, seconds: '8', size: '720x1280', ...(reference && { input_reference: reference }) },
      { signal },
    );
    while (job.status === 'queued' || job.status === 'in_progress') {
      options.onProgress?.(Math.max(0, Math.min(1, (job.progress ?? 0) / 100)));
      await wait(config.VIDEO_POLL_MS, signal);
      job = await client.videos.retrieve(job.id, { signal });
    }
    if (job.status !== 'completed') throw new GenerationError(`The video model could not make the video: ${job.error?.message ?? job.status}`, 'refused');
    const content = await client.videos.downloadContent(job.id, null, { signal });
    return { bytes: Buffer.from(await content.arrayBuffer()), model: String(job.model ?? config.OPENAI_VIDEO_MODEL) };
  } catch (error) {
    if (error instanceof GenerationError) throw error;
    if (signal?.aborted) throw new GenerationError('Generation was cancelled', 'cancelled');
    const status = (error as { status?: number }).status;
    throw new GenerationError(`The video model could not be reached or refused the request${status ? ` (HTTP ${status})` : ''}: ${(error as Error).message}`, status && status < 500 && status !== 429 ? 'refused' : 'unavailable');
  }
}
