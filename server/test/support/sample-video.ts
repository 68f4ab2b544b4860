import { runTool, type MediaTools } from '../../src/media/media-tools.js';

/**
 * Writes a short test video made by FFmpeg's own test sources (a moving pattern and a tone):
 * real files with the codecs asked for, so probing and transcoding are tested on what they meet.
 */
export async function makeSampleVideo(
  tools: MediaTools,
  file: string,
  options: { width?: number; height?: number; seconds?: number; fps?: number; codec?: 'h264' | 'vp9' | 'mpeg4'; audio?: boolean; format?: 'mp4' | 'webm' | 'mov' } = {},
): Promise<void> {
  const { width = 360, height = 640, seconds = 3, fps = 30, codec = 'h264', audio = true, format = 'mp4' } = options;
  const video = codec === 'h264' ? ['-c:v', 'libx264', '-preset', 'ultrafast', '-pix_fmt', 'yuv420p'] : codec === 'vp9' ? ['-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-cpu-used', '8', '-b:v', '300k'] : ['-c:v', 'mpeg4'];
  const sound = audio ? ['-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`, '-c:a', format === 'webm' ? 'libopus' : 'aac'] : [];
  await runTool(tools.ffmpeg, [
    '-hide_banner', '-nostdin', '-loglevel', 'error', '-y',
    '-f', 'lavfi', '-i', `testsrc=size=${width}x${height}:rate=${fps}:duration=${seconds}`,
    ...sound, ...video, '-shortest', '-f', format, file,
  ]);
}

/** Writes a plain JPEG of one colour with FFmpeg (for callers that cannot load sharp, such as the browser tests). */
export async function makeSampleImage(tools: MediaTools, file: string, options: { width: number; height: number; colour: string }): Promise<void> {
  await runTool(tools.ffmpeg, ['-hide_banner', '-nostdin', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', `color=c=${options.colour}:s=${options.width}x${options.height}`, '-frames:v', '1', '-q:v', '3', file]);
}
