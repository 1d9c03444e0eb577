import { defineConfig, type ProxyOptions } from 'vite';
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
    alias: { '@sstc/shared': new URL('../shared/src/index.ts', import.meta.url).pathname },
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
  },
});
