import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { mediaTools } from '../../../src/media/media-tools.js';
import { fetchMedia } from './image-check.js';

// Meta fetches video_url itself and refuses what it cannot use (instagram.md): MP4 or MOV,
// H.264 or HEVC, AAC, a Reel 3 s to 15 min, a Story up to 60 s, a carousel video 3 to 60 s.
// The fake reads the file with FFprobe, as a stand-in for Meta's own processing.

const run = promisify(execFile);
const LIMITS: Record<string, [number, number]> = { REELS: [3, 900], STORIES: [1, 60], VIDEO: [3, 60] };

/** Why Instagram would refuse the video, or null. */
export async function inspectVideo(url: string, mediaType: string, signal: AbortSignal): Promise<string | null> {
  const fetched = await fetchMedia(url, signal);
  if ('problem' in fetched) return fetched.problem;
  const { bytes } = fetched;
  if (bytes.subarray(4, 8).toString('latin1') !== 'ftyp') return 'The video format is not supported; upload an MP4 or MOV file.';
  const dir = await mkdtemp(path.join(tmpdir(), 'fake-instagram-video-'));
  try {
    const file = path.join(dir, 'video.mp4');
    await writeFile(file, bytes);
    const { stdout } = await run(mediaTools({}).ffprobe, ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file]);
    const probe = JSON.parse(stdout) as { format?: { duration?: string }; streams?: Array<{ codec_type?: string; codec_name?: string }> };
    const video = probe.streams?.find((stream) => stream.codec_type === 'video');
    const audio = probe.streams?.find((stream) => stream.codec_type === 'audio');
    if (!video || !['h264', 'hevc'].includes(video.codec_name ?? '')) return `The video codec ${video?.codec_name ?? 'none'} is not supported; use H.264 or HEVC.`;
    if (audio && audio.codec_name !== 'aac') return `The audio codec ${audio.codec_name} is not supported; use AAC.`;
    const seconds = Number(probe.format?.duration ?? 0);
    const [min, max] = LIMITS[mediaType] ?? [0, Infinity];
    if (seconds < min || seconds > max) return `The video is ${seconds.toFixed(1)} s long; it must be between ${min} s and ${max} s.`;
    return null;
  } catch {
    return 'The video could not be processed.';
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
