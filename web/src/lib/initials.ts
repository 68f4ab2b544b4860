/**
 * Up to two initials from the letters of a name: "Maya (Content Lead)" gives "MC", "ada
 * lovelace" gives "AL", "@lena.grows" gives "LG". Punctuation, digits and emoji never count.
 */
export function initialsOf(name: string): string {
  const words = name.match(/\p{L}+/gu) ?? [];
  return words
    .slice(0, 2)
    .map((word) => word[0]!.toLocaleUpperCase())
    .join('');
}
