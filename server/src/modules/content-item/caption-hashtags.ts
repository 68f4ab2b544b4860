// The caption is the only place an item's hashtags live: what the editor shows is what goes
// out. These read them from it, and add generated ones to it.

const HASHTAG = /#[\p{L}\p{N}_]+/gu;

function withHash(tag: string): string {
  return tag.startsWith('#') ? tag : `#${tag}`;
}

/** The caption's hashtags in the order they first appear, each once (case-insensitively). */
export function hashtagsIn(caption: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const tag of caption.match(HASHTAG) ?? []) {
    if (seen.has(tag.toLowerCase())) continue;
    seen.add(tag.toLowerCase());
    tags.push(tag);
  }
  return tags;
}

/** Characters as the platforms count them, or more (code points): a caption within it fits. */
function length(text: string): number {
  return [...text].length;
}

/**
 * `caption` with the tags it does not already hold (case-insensitively) appended after a blank
 * line, as many whole tags, in order, as keep it within `maxCharacters` and `maxHashtags`.
 */
export function withHashtags(caption: string, tags: readonly string[], limits: { maxCharacters: number; maxHashtags: number }): string {
  const present = new Set(hashtagsIn(caption).map((tag) => tag.toLowerCase()));
  const base = caption.trimEnd();
  const added: string[] = [];
  let count = caption.match(HASHTAG)?.length ?? 0;
  for (const tag of tags.map(withHash)) {
    if (present.has(tag.toLowerCase()) || count >= limits.maxHashtags) continue;
    const candidate = [...added, tag].join(' ');
    if (length(base ? `${base}\n\n${candidate}` : candidate) > limits.maxCharacters) break;
    added.push(tag);
    present.add(tag.toLowerCase());
    count += 1;
  }
  if (!added.length) return caption;
  return base ? `${base}\n\n${added.join(' ')}` : added.join(' ');
}
