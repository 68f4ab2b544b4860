// LinkedIn reads a post's commentary as "little text": \ | { } @ [ ] ( ) < > # * _ ~ are
// markup, and an unescaped one can cut the post short. Each is escaped with a backslash, and a
// hashtag becomes LinkedIn's hashtag template so it stays a link.

const RESERVED = /[\\|{}@[\]()<>#*_~]/g;
const HASHTAG = /#([\p{L}\p{N}_]+)/gu;

export function littleText(caption: string): string {
  const parts: string[] = [];
  let last = 0;
  for (const match of caption.matchAll(HASHTAG)) {
    parts.push(caption.slice(last, match.index).replace(RESERVED, (character) => `\\${character}`));
    parts.push(`{hashtag|\\#|${match[1]!.replace(RESERVED, (character) => `\\${character}`)}}`);
    last = match.index + match[0].length;
  }
  parts.push(caption.slice(last).replace(RESERVED, (character) => `\\${character}`));
  return parts.join('');
}

/** Whether a commentary LinkedIn shows is the one DoppelCart sent (spaces evened out). */
export function sameCommentary(shown: string | undefined, sent: string): boolean {
  const even = (text: string) => text.replace(/\s+/g, ' ').trim();
  return shown !== undefined && even(shown) === even(sent);
}
