import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

// The web app's build stamps its id into index.html (see web/vite.config.ts); the same tag is
// read here, so the server always announces the build it serves, also after the files were
// replaced under a running server.
const buildIdTag = /<meta name="doppelcart-build" content="([^"]+)"/;

/**
 * Reads the id of the web app build in `distDir`, or null when there is none. The file is read
 * again only when it changed, so /healthz can announce the id on every probe.
 */
export function webBuildIdReader(distDir: string): () => Promise<string | null> {
  const indexHtml = path.join(distDir, 'index.html');
  let cached: { modifiedMs: number; id: string | null } | null = null;
  return async () => {
    const file = await stat(indexHtml).catch(() => null);
    if (!file) return null;
    if (cached?.modifiedMs !== file.mtimeMs) {
      const html = await readFile(indexHtml, 'utf8').catch(() => '');
      cached = { modifiedMs: file.mtimeMs, id: buildIdTag.exec(html)?.[1] ?? null };
    }
    return cached.id;
  };
}
