import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin, type ProxyOptions } from 'vite';
import { precompress } from './build/precompress';
import { treeShakeDocuments } from './build/tree-shake-documents';

const gqlDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'src', 'gql');

const apiTarget = 'http://127.0.0.1:4000';

// The SPA calls the API on its own origin (`/graphql`, also WebSocket; uploads under `/api`;
// signed image URLs of local storage under `/files`), so dev and preview forward those paths
// to the API server instead of needing CORS.
const apiProxy: Record<string, ProxyOptions> = {
  '/graphql': { target: apiTarget, ws: true, changeOrigin: false },
  '/api': { target: apiTarget },
  '/files': { target: apiTarget },
  '/healthz': { target: apiTarget },
};

/**
 * Stamps index.html with an id of the build: a hash of the names of the built files, which carry
 * content hashes, so any change of code gives a new id. The server announces the id of the build
 * it serves at /healthz; an open page that cannot load a part of its code compares the two to
 * tell a deploy (reload into the new build) from an outage (wait for the server). The dev
 * server's page says `dev` and never reloads for a build.
 */
function stampBuildId(): Plugin {
  return {
    name: 'doppelcart-build-id',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const files = Object.keys(bundle ?? {}).sort();
        const id = bundle ? createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 16) : 'dev';
        return [{ tag: 'meta', attrs: { name: 'doppelcart-build', content: id }, injectTo: 'head' }];
      },
    },
  };
}

/**
 * How the build is cut into files. Left to itself the bundler makes a file for every set of pages
 * that share a module: the board opened cold fetched 116 files, over HTTP/1.1's six connections.
 * - first-screen: everything the entry imports statically, in the entry's one file;
 * - ui: the Mantine, floating-ui and icon code the signed-in pages share (loaded with the first of
 *   them, cached for the rest);
 * - app-shared: the app's own shared code (lib, components, documents) the pages share.
 * The rest (each page, charts, drag and drop, the explorer's editor) keeps the bundler's cut.
 */
const uiLibraries = [
  '@mantine/core',
  '@mantine/hooks',
  '@floating-ui',
  '@tabler/icons-react',
  'react-remove-scroll',
  'react-remove-scroll-bar',
  'react-style-singleton',
  'use-callback-ref',
  'use-sidecar',
  'get-nonce',
  'react-number-format',
  'react-textarea-autosize',
  'clsx',
  'tslib',
];
const inLibrary = (id: string, names: string[]) => names.some((name) => id.replaceAll('\\', '/').includes(`/node_modules/${name}/`));

const chunkGroups = [
  { name: 'first-screen', tags: ['$initial' as const], priority: 30 },
  { name: 'ui', test: (id: string) => inLibrary(id, uiLibraries), minShareCount: 2, priority: 20 },
  { name: 'app-shared', test: /web[\\/]src[\\/](lib|components|gql)[\\/]/, minShareCount: 2, priority: 10 },
];

export default defineConfig({
  plugins: [treeShakeDocuments(gqlDir), react(), stampBuildId(), precompress()],
  // GraphiQL's worker setup uses Vite's `?worker` imports, which only Vite's own pipeline
  // understands; the dependency pre-bundler cannot load them, so it must skip that module.
  optimizeDeps: { exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'] },
  // Built files live under /static, so app routes such as /assets (the asset library) stay the app's.
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    assetsDir: 'static',
    rolldownOptions: { output: { codeSplitting: { groups: chunkGroups } } },
  },
  server: { port: 5173, strictPort: true, proxy: apiProxy },
  preview: { proxy: apiProxy },
});
