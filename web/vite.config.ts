import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

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

export default defineConfig({
  plugins: [react()],
  // GraphiQL's worker setup uses Vite's `?worker` imports, which only Vite's own pipeline
  // understands; the dependency pre-bundler cannot load them, so it must skip that module.
  optimizeDeps: { exclude: ['graphiql/setup-workers/vite', '@graphiql/react/setup-workers/vite'] },
  // Built files live under /static, so app routes such as /assets (the asset library) stay the app's.
  build: { outDir: 'dist', emptyOutDir: true, assetsDir: 'static' },
  server: { port: 5173, strictPort: true, proxy: apiProxy },
  preview: { proxy: apiProxy },
});
