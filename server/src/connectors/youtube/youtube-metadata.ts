import type { VideoMetadata } from './youtube-client.js';

// A video's title and description from an item. YouTube refuses a title over 100 characters or
// with < or >, and tags over 500 characters in all: the title is the item's (or the caption's
// first line), cleaned and cut; the hashtags become tags.

const TITLE_MAX = 100;
const TAGS_MAX = 500;

export function videoMetadata(title: string | null, caption: string): VideoMetadata {
  const firstLine = caption.split('\n').find((line) => line.trim())?.trim() ?? 'Video';
  const cleaned = (title?.trim() || firstLine).replace(/[<>]/g, '').replace(/\s+/g, ' ').trim() || 'Video';
  const chars = [...cleaned];
  const shortTitle = chars.length > TITLE_MAX ? `${chars.slice(0, TITLE_MAX - 1).join('').trimEnd()}…` : cleaned;
  const tags: string[] = [];
  let total = 0;
  for (const [, tag] of caption.matchAll(/#([\p{L}\p{N}_]+)/gu)) {
    if (tags.includes(tag!) || total + tag!.length + 1 > TAGS_MAX) continue;
    tags.push(tag!);
    total += tag!.length + 1;
  }
  return { title: shortTitle, description: caption.replace(/[<>]/g, ''), tags };
}
