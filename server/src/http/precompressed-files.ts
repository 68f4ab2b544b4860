// eslint-disable-next-line @typescript-eslint/triple-slash-reference -- negotiator ships no types; every project that compiles this file (server, e2e, scripts) needs the declaration
/// <reference path="../types/negotiator.d.ts" />
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Request, Response } from 'express';
import Negotiator from 'negotiator';

/** What the web build writes next to a compressible file (web/build/precompress.ts), best first. */
const VARIANTS = [
  { encoding: 'br', suffix: '.br' },
  { encoding: 'gzip', suffix: '.gz' },
] as const;
type Encoding = (typeof VARIANTS)[number]['encoding'];

/**
 * The built web app's compressed copies, found once: the build directory does not change while
 * the server runs, and a lookup in memory costs nothing per request (no stat, and no path
 * built from the request ever reaches the file system).
 */
export class PrecompressedFiles {
  private readonly variants = new Map<string, Set<Encoding>>();

  constructor(private readonly root: string) {
    let names: string[] = [];
    try {
      names = readdirSync(root, { recursive: true, encoding: 'utf8' });
    } catch {
      // Not built yet: the SPA router answers 503 for pages; nothing to compress.
    }
    const present = new Set(names.map((name) => name.split(path.sep).join('/')));
    for (const name of present) {
      const variant = VARIANTS.find(({ suffix }) => name.endsWith(suffix));
      const original = variant && name.slice(0, -variant.suffix.length);
      if (!original || !present.has(original)) continue;
      const encodings = this.variants.get(original) ?? new Set<Encoding>();
      this.variants.set(original, encodings.add(variant.encoding));
    }
  }

  /**
   * Sends `file` (relative to the root, `/`-separated) compressed if the client takes one of
   * its copies, brotli before gzip whatever order the client lists them in. Returns false when
   * there is no copy for the file, so the caller sends it as it is.
   */
  send(req: Request, res: Response, file: string, headers: Record<string, string>, onError: (error: unknown) => void): boolean {
    const encodings = this.variants.get(file);
    if (!encodings) return false;
    // Caches must keep one answer per encoding, also the uncompressed one.
    res.vary('Accept-Encoding');
    const available = [...encodings, 'identity'];
    const [encoding] = new Negotiator(req).encodings(available, { preferred: available });
    const variant = VARIANTS.find((candidate) => candidate.encoding === encoding);
    if (!variant) return false;
    res.type(path.extname(file));
    res.setHeader('Content-Encoding', variant.encoding);
    // Relative to the root, so a root under a dot directory is served (send refuses dot paths).
    res.sendFile(file + variant.suffix, { root: this.root, headers, lastModified: true, etag: true }, (error) => {
      if (error) onError(error);
    });
    return true;
  }
}
