import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Router } from 'express';
import { PrecompressedFiles } from './precompressed-files.js';

/** Hashed file names change with their content, so they may be kept for good. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * Serves the built SPA: hashed files under /static cached for a year, index.html revalidated on
 * every load (a deploy is seen at once), every other GET gets index.html. Files the build
 * compressed go out as brotli or gzip when the client takes it (web/build/precompress.ts).
 */
export function spaRouter(distDir: string): Router {
  const router = express.Router();
  const indexHtml = path.join(distDir, 'index.html');
  const compressed = new PrecompressedFiles(distDir);
  router.use('/static', (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    if (!compressed.send(req, res, `static${req.path}`, { 'Cache-Control': IMMUTABLE }, next)) next();
  });
  router.use(
    '/static',
    express.static(path.join(distDir, 'static'), { immutable: true, maxAge: '365d', fallthrough: false }),
  );
  router.use(express.static(distDir, { index: false, maxAge: '1h' }));
  router.get(/^(?!\/graphql).*/, (req, res, next) => {
    if (!existsSync(indexHtml)) {
      res.status(503).type('text/plain').send('The web app is not built yet: run `npm start` or `pnpm build`.');
      return;
    }
    if (compressed.send(req, res, 'index.html', { 'Cache-Control': 'no-cache' }, next)) return;
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile('index.html', { root: distDir });
  });
  return router;
}
