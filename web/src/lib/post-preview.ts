// How a platform shows a post before anyone taps it: the feed cuts long captions after a few
// lines and crops the image to its frame. The preview follows these facts, not a screenshot.

export type PreviewPlatform = 'INSTAGRAM' | 'SANDBOX';

export interface PlatformFrame {
  /** Width over height of the image frame in the feed. */
  aspectRatio: number;
  /** Characters of caption shown before "… more". */
  captionPreviewLength: number;
}

/** Instagram's feed shows portrait posts at 4:5 and roughly the first 125 characters. */
export const platformFrames: Record<PreviewPlatform, PlatformFrame> = {
  INSTAGRAM: { aspectRatio: 4 / 5, captionPreviewLength: 125 },
  SANDBOX: { aspectRatio: 1, captionPreviewLength: 200 },
};

export interface CaptionPart {
  text: string;
  hashtag: boolean;
}

/** The caption as the feed shows it folded: cut at a word boundary, with `more` when cut. */
export function foldCaption(caption: string, length: number): { shown: string; more: boolean } {
  const text = caption.trim();
  if (text.length <= length) return { shown: text, more: false };
  const cut = text.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return { shown: (lastSpace > length * 0.6 ? cut.slice(0, lastSpace) : cut).trimEnd(), more: true };
}

/** Splits text into plain runs and hashtags, which the feed shows as links. */
export function captionParts(text: string): CaptionPart[] {
  const parts: CaptionPart[] = [];
  let last = 0;
  for (const match of text.matchAll(/#[\p{L}\p{N}_]+/gu)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index), hashtag: false });
    parts.push({ text: match[0], hashtag: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last), hashtag: false });
  return parts;
}
