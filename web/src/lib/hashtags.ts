const HASHTAG = /#[\p{L}\p{N}_]+/gu;

/**
 * A caption's hashtags in the order they appear, each once whatever its case: the caption is
 * the only place an item keeps them (the server's ContentItem.hashtags reads them the same way).
 */
export function hashtagsIn(caption: string): string[] {
  const seen = new Set<string>();
  return (caption.match(HASHTAG) ?? []).filter((tag) => {
    const key = tag.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
