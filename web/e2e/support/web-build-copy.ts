import { cp, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const builtWebApp = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist');

export interface WebBuildCopy {
  /** For the app's `WEB_DIST_DIR`. */
  dir: string;
  /**
   * Replaces the copy with a "new build", as a deploy does: every hashed file gets a new name
   * (the old names are gone for good), every reference follows and index.html announces a new
   * build id. `without` leaves out the new build's files whose old name matches, for a deploy
   * that is broken.
   */
  deployNewBuild(options?: { without?: RegExp }): Promise<void>;
  remove(): Promise<void>;
}

// References to built files in the code, the styles and index.html: `./X-hash.js`,
// `"static/X-hash.js"`, `/static/X-hash.css`.
const fileReference = /\/([\w.-]+\.(?:js|css|ttf|woff2?))/g;
const buildIdMeta = /(<meta name="doppelcart-build" content=")([^"]*)/;

/** A copy of the built web app (web/dist) that a test can redeploy while the app serves it. */
export async function copyWebBuild(): Promise<WebBuildCopy> {
  const dir = await mkdtemp(path.join(tmpdir(), 'doppelcart-web-'));
  // Without the build's brotli and gzip copies: a deploy here rewrites the files in place, which
  // would leave those copies stale (a real build writes fresh ones).
  await cp(builtWebApp, dir, { recursive: true, filter: (source) => !/\.(br|gz)$/.test(source) });
  const staticDir = path.join(dir, 'static');
  let deploys = 0;

  return {
    dir,
    async deployNewBuild({ without } = {}) {
      deploys += 1;
      const names = await readdir(staticDir);
      const renamed = new Map(names.map((name) => [name, `b${deploys}-${name}`]));
      const rewrite = (text: string) =>
        text.replace(fileReference, (reference, name: string) => {
          const next = renamed.get(name);
          return next ? `/${next}` : reference;
        });
      for (const name of names) {
        const from = path.join(staticDir, name);
        if (without?.test(name)) {
          await rm(from);
          continue;
        }
        const to = path.join(staticDir, renamed.get(name)!);
        if (/\.(js|css)$/.test(name)) {
          await writeFile(to, rewrite(await readFile(from, 'utf8')));
          await rm(from);
        } else {
          await rename(from, to);
        }
      }
      const indexHtml = path.join(dir, 'index.html');
      const html = rewrite(await readFile(indexHtml, 'utf8'));
      await writeFile(indexHtml, html.replace(buildIdMeta, `$1deploy-${deploys}-$2`));
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}
