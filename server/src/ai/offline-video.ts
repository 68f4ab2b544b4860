import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { runTool, type MediaTools } from '../media/media-tools.js';
import type { PersonaBrief } from './generator.js';
import { renderAestheticImage } from './offline-image.js';

// The offline video: the persona's own images as vertical slides (9:16), each slowly zooming
// in, the caption set on the first, "Offline video" written on every one so nobody mistakes it
// for a model's work, over a silent AAC track (platforms want one). Rendered by FFmpeg from the
// same inputs to the same frames; a still drawn from the look stands in when there are no images.

const WIDTH = 720;
const HEIGHT = 1280;
const FPS = 25;
const SECONDS_PER_SLIDE = 3;
const MAX_SLIDES = 4;

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

function wrap(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (`${line} ${word}`.trim().length > perLine && line) {
      lines.push(line);
      line = word;
    } else line = `${line} ${word}`.trim();
  }
  if (line) lines.push(line);
  return lines.slice(0, maxLines);
}

/** One slide: the still filling 9:16, the offline label, and on the first the caption's opening. */
async function slide(still: Buffer, caption: string | null, handle: string): Promise<Buffer> {
  const lines = caption ? wrap(caption.split('\n')[0] ?? caption, 24, 4) : [];
  // Everything stays inside the middle 88%, which the slow zoom keeps in frame.
  const text = lines.map((line, index) => `<text x="72" y="${HEIGHT - 380 + index * 58}" class="c">${escapeXml(line)}</text>`).join('');
  const overlay = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <style>.c{font:700 46px sans-serif;fill:#fff}.l{font:600 26px sans-serif;fill:#fff}.h{font:500 28px sans-serif;fill:#fff;opacity:.9}</style>
    <rect x="72" y="96" width="230" height="48" rx="24" fill="#000" opacity=".55"/><text x="92" y="129" class="l">Offline video</text>
    ${lines.length ? `<rect y="${HEIGHT - 440}" width="${WIDTH}" height="440" fill="#000" opacity=".45"/>${text}` : ''}
    <text x="72" y="${HEIGHT - 110}" class="h">@${escapeXml(handle)}</text>
  </svg>`;
  return sharp(still)
    .rotate()
    .resize(WIDTH, HEIGHT, { fit: 'cover', position: 'attention' })
    .composite([{ input: Buffer.from(overlay) }])
    .png()
    .toBuffer();
}

export interface OfflineVideoRequest {
  /** The persona's images to show, in order (the item's, else its reference images). */
  stills: readonly Buffer[];
  caption: string;
  brief: PersonaBrief;
  /** Written into the file's metadata: where it came from (the IPTC digital source type URI). */
  provenance: string;
}

/** Renders the offline video into `dir`; returns its path. Progress goes from 0 to 1. */
export async function renderOfflineVideo(
  tools: MediaTools,
  dir: string,
  request: OfflineVideoRequest,
  options: { onProgress?: (fraction: number) => void; signal?: AbortSignal } = {},
): Promise<string> {
  const stills = request.stills.length ? request.stills.slice(0, MAX_SLIDES) : [await renderAestheticImage(request.caption || request.brief.niche, request.brief)];
  const slides = await Promise.all(stills.map((still, index) => slide(still, index === 0 ? request.caption : null, request.brief.handle)));
  const inputs: string[] = [];
  for (const [index, bytes] of slides.entries()) {
    const file = path.join(dir, `slide-${index}.png`);
    await writeFile(file, bytes);
    // One frame in: zoompan makes the slide's frames from it.
    inputs.push('-i', file);
  }
  const frames = SECONDS_PER_SLIDE * FPS;
  // Each slide zooms in slowly towards its centre (a Ken Burns move), then they play in turn.
  const zooms = slides.map((_, index) => `[${index}:v]zoompan=z='min(1+0.0016*on,1.12)':x='iw/2-(iw/zoom/2)':y='ih/2-(ih/zoom/2)':d=${frames}:s=${WIDTH}x${HEIGHT}:fps=${FPS},setsar=1[v${index}]`);
  const joined = `${slides.map((_, index) => `[v${index}]`).join('')}concat=n=${slides.length}:v=1:a=0,format=yuv420p[v]`;
  const output = path.join(dir, 'offline-video.mp4');
  const total = slides.length * SECONDS_PER_SLIDE * 1_000_000;
  await runTool(
    tools.ffmpeg,
    [
      '-hide_banner', '-nostdin', '-y', ...inputs,
      '-f', 'lavfi', '-t', String(slides.length * SECONDS_PER_SLIDE), '-i', 'anullsrc=r=48000:cl=stereo',
      '-filter_complex', [...zooms, joined].join(';'),
      '-map', '[v]', '-map', `${slides.length}:a`,
      '-c:v', 'libx264', '-profile:v', 'high', '-preset', 'veryfast', '-crf', '23', '-r', String(FPS),
      '-c:a', 'aac', '-b:a', '64k', '-shortest', '-movflags', '+faststart',
      '-metadata', `comment=${request.provenance}`, '-metadata', 'title=DoppelCart offline video',
      '-progress', 'pipe:1', '-nostats', output,
    ],
    {
      signal: options.signal,
      onLine: (line) => {
        const match = /^out_time_(?:us|ms)=(\d+)$/.exec(line);
        if (match) options.onProgress?.(Math.min(1, Number(match[1]) / total));
      },
    },
  );
  return output;
}
