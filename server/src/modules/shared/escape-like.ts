/** Escapes LIKE wildcards so user text matches literally (backslash is Postgres's default escape). */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}
