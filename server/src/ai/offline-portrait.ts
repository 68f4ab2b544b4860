import { createHash } from 'node:crypto';
import sharp from 'sharp';
import type { PersonaBrief } from './generator.js';

// Offline reference portraits: a flat, illustrated head-and-shoulders figure drawn from the
// written look ("auburn hair in a bun, freckled fair skin, green eyes, linen shirt"), so a persona
// without photos can still lock a look. The same look always draws the same person; `variant`
// changes only the pose and the light, as photos of one person differ.

const SKIN: Record<string, string> = {
  pale: '#f6dcc8', fair: '#f1cfb4', freckled: '#eec3a1', light: '#edc7a6', olive: '#c8a07a',
  tan: '#c18a5f', tanned: '#c18a5f', brown: '#8d5a3b', dark: '#5e3a24', deep: '#4a2c1a',
};
const HAIR: Record<string, string> = {
  black: '#1b1512', brown: '#5a3a24', chestnut: '#6b3b22', auburn: '#8e3b1e', red: '#b0401c',
  ginger: '#c0561f', copper: '#b8632b', blonde: '#e0c070', blond: '#e0c070', golden: '#d9a84a',
  grey: '#9a9a9a', gray: '#9a9a9a', silver: '#c8c8cc', white: '#eeeeee', pink: '#e58fb0',
  blue: '#3f6fd1', green: '#4d8f57', purple: '#7a4ca8',
};
const EYES: Record<string, string> = {
  blue: '#3d7cc9', green: '#4f8f4a', brown: '#5a3a22', hazel: '#8a6a2e', grey: '#7c8790', gray: '#7c8790', amber: '#c08a2a',
};
const CLOTHES: Record<string, string> = {
  linen: '#e9e0cf', denim: '#3b5b92', black: '#1d1d1f', white: '#f4f4f2', navy: '#1f2f4f', olive: '#708238',
  terracotta: '#c8643c', sage: '#9caf88', mustard: '#d4a32a', red: '#b3261e', green: '#3f7f4f', grey: '#808080',
  cream: '#f6efe2', pink: '#e8a0b4', yellow: '#e8c547', blue: '#4a78c2', brown: '#6b4a2f', rust: '#a0522d',
};
const BACKDROPS = ['#e9e4da', '#dfe7df', '#e6dfe9', '#dde5ec', '#efe3d6'];

/** The first colour named just before `noun` ("auburn hair", "green eyes"), else the first one named at all. */
function colourBefore(words: string[], noun: RegExp, table: Record<string, string>, fallback: string): string {
  for (let index = 1; index < words.length; index += 1) {
    if (!noun.test(words[index]!)) continue;
    for (let back = index - 1; back >= Math.max(0, index - 3); back -= 1) {
      const colour = table[words[back]!];
      if (colour) return colour;
    }
  }
  return fallback;
}

function firstOf(words: string[], table: Record<string, string>, fallback: string): string {
  for (const word of words) if (table[word]) return table[word];
  return fallback;
}

export interface PortraitTraits {
  skin: string;
  hair: string;
  eyes: string;
  clothes: string;
  backdrop: string;
  hairStyle: 'long' | 'short' | 'bun' | 'curly';
  glasses: boolean;
  beard: boolean;
}

/** What the look says, as drawing choices; what it leaves out comes from a hash of the persona. */
export function portraitTraits(brief: Pick<PersonaBrief, 'look' | 'name' | 'handle'>): PortraitTraits {
  const words: string[] = brief.look.toLowerCase().match(/[a-z]+/g) ?? [];
  const hash = createHash('sha256').update(`${brief.handle}:${brief.look}`).digest();
  const pick = <T,>(options: readonly T[], byte: number) => options[hash[byte]! % options.length]!;
  const has = (...candidates: string[]) => candidates.some((word) => words.includes(word));
  return {
    skin: firstOf(words, SKIN, pick(Object.values(SKIN), 0)),
    hair: colourBefore(words, /^(hair|haired|curls|bun|bob|braid)$/, HAIR, pick(Object.values(HAIR).slice(0, 10), 1)),
    eyes: colourBefore(words, /^eyes?$/, EYES, pick(Object.values(EYES), 2)),
    clothes: colourBefore(words, /^(shirt|sweater|jumper|jacket|dress|top|hoodie|coat|blouse|tee)$/, CLOTHES, pick(Object.values(CLOTHES), 3)),
    backdrop: pick(BACKDROPS, 4),
    hairStyle: has('bun', 'updo') ? 'bun' : has('curly', 'curls', 'afro') ? 'curly' : has('short', 'buzz', 'cropped', 'bob') ? 'short' : 'long',
    glasses: has('glasses', 'spectacles'),
    beard: has('beard', 'bearded', 'stubble'),
  };
}

function hairShapes(traits: PortraitTraits): { behind: string; front: string } {
  const { hair } = traits;
  switch (traits.hairStyle) {
    case 'bun':
      return { behind: `<circle cx="540" cy="270" r="95" fill="${hair}"/>`, front: `<path d="M370 470 Q380 330 540 320 Q700 330 710 470 Q640 390 540 395 Q440 390 370 470Z" fill="${hair}"/>` };
    case 'curly':
      return {
        behind: Array.from({ length: 9 }, (_, index) => {
          const angle = Math.PI * (0.95 + (index / 8) * 1.1);
          return `<circle cx="${540 + Math.cos(angle) * 200}" cy="${520 + Math.sin(angle) * 210}" r="95" fill="${hair}"/>`;
        }).join(''),
        front: `<path d="M360 480 Q380 320 540 315 Q700 320 720 480 Q640 400 540 410 Q440 400 360 480Z" fill="${hair}"/>`,
      };
    case 'short':
      return { behind: '', front: `<path d="M365 500 Q360 320 540 310 Q720 320 715 500 Q690 400 540 400 Q390 400 365 500Z" fill="${hair}"/>` };
    default:
      return {
        behind: `<path d="M330 520 Q330 300 540 290 Q750 300 750 520 L780 980 L300 980Z" fill="${hair}"/>`,
        front: `<path d="M360 480 Q380 320 540 315 Q700 320 720 480 Q650 380 540 390 Q430 380 360 480Z" fill="${hair}"/>`,
      };
  }
}

/** A 1080x1350 portrait of the look; `variant` (0, 1, 2, ...) turns the head and moves the light. */
export async function renderPortrait(brief: Pick<PersonaBrief, 'look' | 'name' | 'handle'>, variant: number): Promise<Buffer> {
  const traits = portraitTraits(brief);
  const tilt = [0, -6, 5, -3, 8, -8, 3, 6][variant % 8]!;
  const light = [0.18, 0.1, 0.26, 0.14, 0.22, 0.06, 0.3, 0.12][variant % 8]!;
  const { behind, front } = hairShapes(traits);
  const eyes = `<ellipse cx="480" cy="560" rx="22" ry="15" fill="#fff"/><ellipse cx="600" cy="560" rx="22" ry="15" fill="#fff"/>
    <circle cx="480" cy="560" r="11" fill="${traits.eyes}"/><circle cx="600" cy="560" r="11" fill="${traits.eyes}"/>`;
  const glasses = traits.glasses
    ? '<g fill="none" stroke="#222" stroke-width="7"><circle cx="480" cy="560" r="42"/><circle cx="600" cy="560" r="42"/><path d="M522 560 H558"/></g>'
    : '';
  const beard = traits.beard ? `<path d="M420 620 Q430 760 540 775 Q650 760 660 620 Q600 700 540 700 Q480 700 420 620Z" fill="${traits.hair}" opacity=".9"/>` : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1080" height="1350">
    <rect width="1080" height="1350" fill="${traits.backdrop}"/>
    <circle cx="${180 + variant * 97 % 720}" cy="${200 + variant * 53 % 300}" r="260" fill="#fff" opacity="${light}"/>
    <g transform="rotate(${tilt} 540 900)">
      ${behind}
      <path d="M220 1350 Q230 1000 540 960 Q850 1000 860 1350Z" fill="${traits.clothes}"/>
      <rect x="490" y="760" width="100" height="220" rx="40" fill="${traits.skin}"/>
      <ellipse cx="540" cy="560" rx="170" ry="215" fill="${traits.skin}"/>
      ${front}${eyes}${glasses}
      <path d="M490 680 Q540 715 590 680" fill="none" stroke="#8a3b3b" stroke-width="9" stroke-linecap="round"/>
      ${beard}
    </g>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 88, mozjpeg: true }).toBuffer();
}
