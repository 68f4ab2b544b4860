import { runTool, type MediaTools } from './media-tools.js';
import type { VideoFacts } from './video-probe.js';

// The one video spec DoppelCart stores for publishing, chosen to fit every format of the
// networks it publishes to (instagram.md: MP4, H.264, AAC; Reels and Stories up to 1080x1920
// recommended): H.264 High in MP4 with the index first (faststart, so players and platforms
// can start before the end arrives), AAC at 48 kHz, at most 1920 px on the long edge, at most
// 60 frames per second and 25 Mbit/s. A video that already fits is stored as it came.

export const VIDEO_SPEC = {
  containers: ['mp4', 'mov'],
  videoCodec: 'h264',
  audioCodec: 'aac',
  maxLongEdge: 1920,
  maxFrameRate: 60,
  maxBitRate: 25_000_000,
} as const;

/** Why a video needs transcoding before it can be published; empty when it fits as it is. */
export function transcodeReasons(facts: VideoFacts): string[] {
  const reasons: string[] = [];
  if (!(VIDEO_SPEC.containers as readonly string[]).includes(facts.container)) reasons.push(`container ${facts.container.toUpperCase()} (needs MP4)`);
  if (facts.videoCodec !== VIDEO_SPEC.videoCodec) reasons.push(`video codec ${facts.videoCodec} (needs H.264)`);
  if (facts.audioCodec && facts.audioCodec !== VIDEO_SPEC.audioCodec) reasons.push(`audio codec ${facts.audioCodec} (needs AAC)`);
  if (Math.max(facts.width, facts.height) > VIDEO_SPEC.maxLongEdge) reasons.push(`${facts.width}x${facts.height} (at most ${VIDEO_SPEC.maxLongEdge} px on the long edge)`);
  if (facts.frameRate > VIDEO_SPEC.maxFrameRate) reasons.push(`${facts.frameRate} fps (at most ${VIDEO_SPEC.maxFrameRate})`);
  if (facts.bitRate > VIDEO_SPEC.maxBitRate) reasons.push(`${Math.round(facts.bitRate / 1e6)} Mbit/s (at most ${VIDEO_SPEC.maxBitRate / 1e6})`);
  return reasons;
}

/**
 * Re-encodes `input` to the spec at `output`, reporting progress from 0 to 1. Abort the signal
 * to stop it (the partial output is the caller's to remove).
 */
export async function transcodeVideo(
  tools: MediaTools,
  input: string,
  output: string,
  facts: Pick<VideoFacts, 'durationMs' | 'frameRate'>,
  options: { signal?: AbortSignal; onProgress?: (fraction: number) => void } = {},
): Promise<void> {
  const edge = VIDEO_SPEC.maxLongEdge;
  // Scale the long edge down to the limit (never up), keeping even dimensions for yuv420p.
  const scale = `scale='if(gt(iw,ih),min(${edge},iw),-2)':'if(gt(iw,ih),-2,min(${edge},ih))'`;
  const args = [
    '-hide_banner', '-nostdin', '-y', '-i', input,
    '-map', '0:v:0', '-map', '0:a:0?',
    '-vf', `${scale},format=yuv420p`,
    ...(facts.frameRate > VIDEO_SPEC.maxFrameRate ? ['-r', String(VIDEO_SPEC.maxFrameRate)] : []),
    '-c:v', 'libx264', '-profile:v', 'high', '-preset', 'veryfast', '-crf', '21', '-maxrate', '20M', '-bufsize', '40M',
    '-c:a', 'aac', '-b:a', '128k', '-ar', '48000',
    '-movflags', '+faststart', '-map_metadata', '-1',
    '-progress', 'pipe:1', '-nostats', '-f', 'mp4', output,
  ];
  const total = facts.durationMs * 1000;
  await runTool(tools.ffmpeg, args, {
    signal: options.signal,
    onLine: (line) => {
      // -progress writes key=value lines; out_time_us is how far the output has got.
      const match = /^out_time_(?:us|ms)=(\d+)$/.exec(line);
      if (match && total > 0) options.onProgress?.(Math.min(1, Number(match[1]) / total));
    },
  });
}

/** A JPEG frame from a second into the video (or its middle, for shorter ones), at most 1080 px wide. */
export async function posterFrame(tools: MediaTools, input: string, durationMs: number): Promise<Buffer> {
  const at = Math.min(1, durationMs / 2000).toFixed(3);
  const frame = await runTool(
    tools.ffmpeg,
    ['-hide_banner', '-nostdin', '-ss', at, '-i', input, '-frames:v', '1', '-vf', "scale='min(1080,iw)':-2", '-q:v', '3', '-f', 'image2', '-c:v', 'mjpeg', 'pipe:1'],
    { collect: true },
  );
  if (!frame.length) throw new Error('FFmpeg returned no poster frame');
  return frame;
}
