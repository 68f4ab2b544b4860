import { runTool, type MediaTools } from './media-tools.js';

// What a video file is, read from its content by FFprobe (never from its name or declared type).

export interface VideoFacts {
  /** 'mp4', 'mov', 'webm' or 'mkv'. */
  container: string;
  mimeType: string;
  durationMs: number;
  /** As displayed: a phone video recorded sideways with a rotation flag is reported upright. */
  width: number;
  height: number;
  frameRate: number;
  /** FFprobe's codec names: 'h264', 'hevc', 'vp9', 'av1', ... */
  videoCodec: string;
  /** Null when the file has no sound. */
  audioCodec: string | null;
  /** Bits per second over the whole file. */
  bitRate: number;
}

export class VideoRejectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VideoRejectedError';
  }
}

interface ProbeStream {
  codec_type?: string;
  codec_name?: string;
  width?: number;
  height?: number;
  avg_frame_rate?: string;
  r_frame_rate?: string;
  duration?: string;
  tags?: Record<string, string>;
  side_data_list?: Array<{ rotation?: number }>;
}
interface ProbeOutput {
  streams?: ProbeStream[];
  format?: { format_name?: string; duration?: string; bit_rate?: string; size?: string; tags?: Record<string, string> };
}

const CONTAINERS: Array<{ test: (formatName: string, brand: string) => boolean; container: string; mimeType: string }> = [
  { test: (name, brand) => name.includes('mov') && brand.startsWith('qt'), container: 'mov', mimeType: 'video/quicktime' },
  { test: (name) => name.includes('mp4') || name.includes('mov'), container: 'mp4', mimeType: 'video/mp4' },
  { test: (name) => name.includes('webm'), container: 'webm', mimeType: 'video/webm' },
  { test: (name) => name.includes('matroska'), container: 'mkv', mimeType: 'video/x-matroska' },
];

function rate(fraction: string | undefined): number {
  const [num, den] = (fraction ?? '0/1').split('/').map(Number);
  return num && den ? num / den : 0;
}

/** Reads a file's container and streams; refuses what is not a video DoppelCart can use. */
export async function probeVideo(tools: MediaTools, file: string): Promise<VideoFacts> {
  let output: ProbeOutput;
  try {
    const json = await runTool(tools.ffprobe, ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', file], { collect: true });
    output = JSON.parse(json.toString('utf8')) as ProbeOutput;
  } catch {
    throw new VideoRejectedError('The file is not a video DoppelCart can read (MP4, MOV, WebM or MKV)');
  }
  const formatName = output.format?.format_name ?? '';
  const brand = (output.format?.tags?.major_brand ?? '').trim();
  const kind = CONTAINERS.find(({ test }) => test(formatName, brand));
  const video = output.streams?.find((stream) => stream.codec_type === 'video' && stream.codec_name !== 'mjpeg' && stream.codec_name !== 'png');
  if (!kind || !video?.codec_name || !video.width || !video.height) {
    throw new VideoRejectedError('The file is not a video DoppelCart can read (MP4, MOV, WebM or MKV with a video track)');
  }
  const audio = output.streams?.find((stream) => stream.codec_type === 'audio');
  const durationMs = Math.round(Number(output.format?.duration ?? video.duration ?? 0) * 1000);
  if (!(durationMs > 0)) throw new VideoRejectedError('The video has no duration (is it complete?)');
  const rotation = Math.abs(Number(video.side_data_list?.find((data) => data.rotation !== undefined)?.rotation ?? video.tags?.rotate ?? 0)) % 180;
  const sideways = rotation === 90;
  const bitRate = Number(output.format?.bit_rate) || Math.round((Number(output.format?.size ?? 0) * 8) / (durationMs / 1000));
  return {
    container: kind.container,
    mimeType: kind.mimeType,
    durationMs,
    width: sideways ? video.height : video.width,
    height: sideways ? video.width : video.height,
    frameRate: Math.round((rate(video.avg_frame_rate) || rate(video.r_frame_rate)) * 100) / 100,
    videoCodec: video.codec_name,
    audioCodec: audio?.codec_name ?? null,
    bitRate,
  };
}
