import { defineConfig, type ProxyOptions } from 'vite';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';

const SERVER = 'http://localhost:3000';

// The server refuses writes and websockets from foreign origins; in development the proxy speaks
// for the page, so it presents the server's own origin.
const proxy: ProxyOptions = {
  target: SERVER,
  changeOrigin: true,
  configure: (server) => {
    server.on('proxyReq', (request) => request.setHeader('origin', SERVER));
    server.on('proxyReqWs', (request) => request.setHeader('origin', SERVER));
  },
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    // Bundle the contracts from source: no build step for shared/ while working on the client.
    alias: { '@sstc/shared': fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
  },
  server: {
    proxy: {
      '/api': proxy,
      '/socket.io': { ...proxy, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      treeshake: {
        // The contracts build their zod schemas when imported. The client uses only their
        // constants, types and translations (validating is the server's job: it answers per field),
        // so schema construction is declared free of side effects and zod stays out of the bundle.
        manualPureFunctions: ['z'],
        moduleSideEffects: [{ test: /[\\/]node_modules[\\/]zod[\\/]|[\\/]shared[\\/]src[\\/]/, sideEffects: false }],
      },
    },
  },
});
