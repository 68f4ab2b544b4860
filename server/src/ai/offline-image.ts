import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { PersonaBrief } from './generator.js';

// Offline images: a 1080x1350 (4:5, what Instagram shows best) card in the persona's palette,
// with the idea's title set in it, rendered locally from SVG. Colours come from colour words in
// the aesthetic ("terracotta, sage green") or, failing that, from a hash of it.

const NAMED_COLOURS: Record<string, string> = {
  terracotta: '#c8643c', sage: '#9caf88', linen: '#f2ebe0', cream: '#f6efe2', sand: '#d8c3a5',
  olive: '#708238', forest: '#2f4f3a', navy: '#1f2f4f', blush: '#e8b4b8', coral: '#f08070',
  mustard: '#d4a32a', ochre: '#c7882b', lavender: '#b8a6d9', lilac: '#c8a2c8', mint: '#a8e6cf',
  teal: '#2a8c8c', charcoal: '#36454f', black: '#111111', white: '#fafafa', gold: '#c9a227',
  pastel: '#f4d6e4', neon: '#39ff14', rust: '#a0522d', peach: '#ffcba4', ivory: '#fffff0',
  emerald: '#2e8b57', burgundy: '#800020', denim: '#3b5b92', sky: '#87ceeb', stone: '#a8a29e',
};

function paletteOf(aesthetic: string): string[] {
  const named = (aesthetic.toLowerCase().match(/[a-z]+/g) ?? [])
    .map((word) => NAMED_COLOURS[word])
    .filter((colour): colour is string => Boolean(colour));
  if (named.length >= 2) return [...new Set(named)].slice(0, 3);
  const hash = createHash('sha256').update(aesthetic || 'doppelcart').digest();
  const hue = (index: number) => `hsl(${(hash[index]! * 360) / 256}, 45%, ${40 + (hash[index + 1]! % 30)}%)`;
  return [...named, hue(0), hue(2), hue(4)].slice(0, 3);
}

function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => `&#${char.charCodeAt(0)};`);
}

function wrap(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if ((line + ' ' + word).trim().length > perLine && line) {
      lines.push(line);
      line = word;
    } else {
      line = `${line} ${word}`.trim();
    }
  }
  if (line) lines.push(line);
  return lines.slice(0, maxLines);
}

export async function renderAestheticImage(prompt: string, brief: PersonaBrief): Promise<Buffer> {
  const [from, to, accent] = paletteOf(brief.aesthetic);
  const title = prompt.split('.')[0] ?? prompt;
  const lines = wrap(title, 22, 5)
    .map((line, index) => `<text x="90" y="${560 + index * 92}" class="t">${escapeXml(line)}</text>`)
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1350">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${from}"/><stop offset="1" stop-color="${to}"/></linearGradient>
      <style>.t{font:700 76px sans-serif;fill:#fff;}.h{font:500 40px sans-serif;fill:#fff;opacity:.85}</style></defs>
    <rect width="1080" height="1350" fill="url(#g)"/>
    <circle cx="880" cy="240" r="160" fill="${accent}" opacity=".55"/>
    ${lines}
    <text x="90" y="1250" class="h">@${escapeXml(brief.handle)}</text>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 86, mozjpeg: true }).toBuffer();
}

/**
 * Offline images of a persona with a locked look: one of its reference images (chosen by the
 * prompt), reframed to 4:5 with the light and tint shifted a little, as a new photo of the same
 * person would be, and the idea's title set in a band at the foot. Deterministic per prompt.
 */
export async function renderFromReferences(prompt: string, brief: PersonaBrief, references: readonly Buffer[]): Promise<Buffer> {
  const hash = createHash('sha256').update(prompt).digest();
  const reference = references[hash[0]! % references.length]!;
  const title = wrap(prompt.split('.')[0] ?? prompt, 30, 2)
    .map((line, index) => `<text x="60" y="${1215 + index * 62}" class="t">${escapeXml(line)}</text>`)
    .join('');
  const band = `<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1350">
    <style>.t{font:700 52px sans-serif;fill:#fff;}</style>
    <rect y="1150" width="1080" height="200" fill="#000" opacity=".45"/>${title}</svg>`;
  return sharp(reference)
    .rotate()
    .resize(1080, 1350, { fit: 'cover', position: [sharp.strategy.attention, 'centre'][hash[1]! % 2]! })
    .modulate({ brightness: 0.92 + (hash[2]! / 255) * 0.16, hue: Math.round((hash[3]! / 255) * 20 - 10) })
    .composite([{ input: Buffer.from(band) }])
    .jpeg({ quality: 86, mozjpeg: true })
    .toBuffer();
}
