import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import type { Config } from '../config.js';

// FFmpeg and FFprobe as child processes. The binaries come inside @ffmpeg-installer and
// @ffprobe-installer (nothing is downloaded at run time), or from FFMPEG_PATH / FFPROBE_PATH.
// Arguments are passed as an array, never through a shell, and file names are always ours.

export interface MediaTools {
  ffmpeg: string;
  ffprobe: string;
}

const require = createRequire(import.meta.url);

export function mediaTools(config: Pick<Config, 'FFMPEG_PATH' | 'FFPROBE_PATH'>): MediaTools {
  return {
    ffmpeg: config.FFMPEG_PATH ?? (require('@ffmpeg-installer/ffmpeg') as { path: string }).path,
    ffprobe: config.FFPROBE_PATH ?? (require('@ffprobe-installer/ffprobe') as { path: string }).path,
  };
}

export class MediaToolError extends Error {
  constructor(
    message: string,
    /** The tool's last words on stderr, for the log (never shown to a client). */
    readonly detail: string,
  ) {
    super(message);
    this.name = 'MediaToolError';
  }
}

/** What stderr keeps for an error: the end is where FFmpeg says what went wrong. */
const STDERR_TAIL = 4096;

export interface RunOptions {
  signal?: AbortSignal;
  /** Each line FFmpeg writes to stdout (its -progress report goes there). */
  onLine?: (line: string) => void;
  /** Keep stdout whole (FFprobe's JSON, a poster frame); without it stdout is read line by line. */
  collect?: boolean;
}

/** Runs a tool to its end; rejects with its stderr's tail when it exits non-zero or is aborted. */
export function runTool(binary: string, args: readonly string[], options: RunOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], signal: options.signal });
    const out: Buffer[] = [];
    let pending = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => {
      if (options.collect) out.push(chunk);
      if (!options.onLine) return;
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) options.onLine(line.trim());
    });
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-STDERR_TAIL);
    });
    child.on('error', (error) => {
      const aborted = (error as { name?: string }).name === 'AbortError';
      reject(new MediaToolError(aborted ? 'cancelled' : `${binary} could not be started: ${error.message}`, stderr));
    });
    child.on('close', (code, signal) => {
      if (code === 0) resolve(Buffer.concat(out));
      else if (!options.signal?.aborted) reject(new MediaToolError(`${binary.split('/').pop()} exited with ${code ?? signal}`, stderr));
    });
  });
}
