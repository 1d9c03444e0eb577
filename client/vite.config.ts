import { defineConfig, type Plugin, type ProxyOptions } from 'vite';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { VitePWA, type ManifestOptions } from 'vite-plugin-pwa';
import { LANGUAGES } from '../shared/src/values.js';
import { errorResources } from '../shared/src/i18n/errors.js';

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

const ERROR_MESSAGES = 'virtual:error-messages/';

/**
 * `virtual:error-messages/<lng>`: one language of the shared error messages, as plain data. The
 * shared module keeps all four languages in one object, which no bundler splits; this keeps each
 * language's chunk down to its own messages.
 */
function errorMessages(): Plugin {
  return {
    name: 'sstc-error-messages',
    resolveId: (id) => (id.startsWith(ERROR_MESSAGES) ? `\0${id}` : undefined),
    load(id) {
      if (!id.startsWith(`\0${ERROR_MESSAGES}`)) return undefined;
      const language = id.slice(ERROR_MESSAGES.length + 1) as keyof typeof errorResources;
      const { errors, fields } = errorResources[language];
      return `export default ${JSON.stringify({ ...errors, fields })};`;
    },
  };
}

/** The web manifest's words in each language; `manifest.webmanifest` is English, the others are `manifest-<lng>.webmanifest`. */
const APP_WORDS: Record<(typeof LANGUAGES)[number], { description: string }> = {
  en: { description: 'The ILO Academy on South-South and Triangular Cooperation' },
  es: { description: 'La Academia de la OIT sobre Cooperación Sur-Sur y Triangular' },
  fr: { description: 'L’Académie de l’OIT sur la coopération Sud-Sud et triangulaire' },
  pt: { description: 'A Academia da OIT sobre Cooperação Sul-Sul e Triangular' },
};

function webManifest(language: (typeof LANGUAGES)[number]): Partial<ManifestOptions> {
  return {
    id: '/',
    name: 'SSTC Academy',
    short_name: 'SSTC Academy',
    description: APP_WORDS[language].description,
    lang: language,
    dir: 'ltr',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    theme_color: '#0b3a6e',
    background_color: '#ffffff',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
    ],
  };
}

/**
 * The manifest in the other languages, beside the English one vite-plugin-pwa writes; the page
 * points its `<link rel="manifest">` at its language's (lib/i18n.ts), so that an installed app is
 * described in the language of the person who installed it.
 */
function localizedManifests(): Plugin {
  return {
    name: 'sstc-localized-manifests',
    apply: 'build',
    generateBundle() {
      for (const language of LANGUAGES.filter((lng) => lng !== 'en'))
        this.emitFile({ type: 'asset', fileName: `manifest-${language}.webmanifest`, source: JSON.stringify(webManifest(language)) });
    },
  };
}

/** The app's code: imported dynamically by the small entry (src/main.tsx), but needed at once. */
const START_MODULE = '/src/app/start.tsx';

type Bundle = Parameters<NonNullable<Extract<Plugin['generateBundle'], Function>>>[1];

/** A chunk and every chunk it imports statically. */
function staticImports(bundle: Bundle, fileName: string, into = new Set<string>()): Set<string> {
  const chunk = bundle[fileName];
  if (!chunk || chunk.type !== 'chunk' || into.has(fileName)) return into;
  into.add(fileName);
  for (const imported of chunk.imports) staticImports(bundle, imported, into);
  return into;
}

function startChunk(bundle: Bundle): string | undefined {
  return Object.values(bundle).find((chunk) => chunk.type === 'chunk' && chunk.facadeModuleId?.endsWith(START_MODULE))?.fileName;
}

/**
 * index.html preloads the app's code (START_MODULE and what it imports) beside the entry: the entry
 * then starts the first screen's other downloads (i18next, the language's texts, the sign-in form)
 * as soon as it runs, and the app's code is not a second wave after it.
 */
function preloadStart(): Plugin {
  return {
    name: 'sstc-preload-start',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_, context) {
        const { bundle, chunk } = context;
        const start = bundle && startChunk(bundle);
        if (!bundle || !chunk || !start) throw new Error(`The build has no chunk for ${START_MODULE}`);
        const fromEntry = staticImports(bundle, chunk.fileName);
        return [...staticImports(bundle, start)]
          .filter((fileName) => !fromEntry.has(fileName))
          .map((fileName) => ({ tag: 'link', attrs: { rel: 'modulepreload', crossorigin: true, href: `/${fileName}` }, injectTo: 'head' }));
      },
    },
  };
}

/**
 * The shell the service worker precaches: the entry chunk, the app's code and every chunk they
 * import statically (what index.html loads), found in the bundle as it is written. Pages and
 * languages are cached when first used instead: precaching every chunk would cost a slow mobile
 * link the whole app.
 */
const shellChunks = new Set<string>();
function recordShellChunks(): Plugin {
  return {
    name: 'sstc-shell-chunks',
    apply: 'build',
    generateBundle(_, bundle) {
      shellChunks.clear();
      const start = startChunk(bundle);
      if (start) staticImports(bundle, start, shellChunks);
      for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk' && chunk.isEntry) staticImports(bundle, chunk.fileName, shellChunks);
    },
  };
}

const COMPRESSIBLE = /\.(js|css|html|svg|json|webmanifest|txt)$/;

/**
 * Writes a brotli (.br) and a gzip (.gz) copy beside every text file of the build, once, at the
 * highest levels: the server picks one per request (server/src/common/http/client-files.ts)
 * instead of compressing on every request. Runs last, so it also covers the service worker.
 */
function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'sstc-precompress',
    apply: 'build',
    enforce: 'post',
    configResolved: (config) => void (outDir = path.resolve(config.root, config.build.outDir)),
    closeBundle: {
      order: 'post',
      // After vite-plugin-pwa wrote the service worker (its closeBundle), so that it is compressed too.
      sequential: true,
      handler() {
        for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
          const file = path.join(entry.parentPath, entry.name);
          if (!entry.isFile() || !COMPRESSIBLE.test(entry.name) || file.includes(`${path.sep}.vite${path.sep}`)) continue;
          const raw = readFileSync(file);
          const brotli = brotliCompressSync(raw, {
            params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: raw.length },
          });
          const gzip = gzipSync(raw, { level: 9 });
          // A tiny file can grow when compressed; then the original is the best copy.
          if (brotli.length < raw.length) writeFileSync(`${file}.br`, brotli);
          if (gzip.length < raw.length) writeFileSync(`${file}.gz`, gzip);
        }
      },
    },
  };
}

export default defineConfig({
  plugins: [
    react(),
    errorMessages(),
    recordShellChunks(),
    preloadStart(),
    localizedManifests(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // Registered by app/service-worker.ts, after the first render, with the "new version" prompt.
      injectRegister: false,
      registerType: 'prompt',
      manifest: webManifest('en'),
      // The glob below already lists the icons: listed twice, Workbox would refuse the manifest.
      includeManifestIcons: false,
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        manifestTransforms: [
          async (entries) => ({
            manifest: entries.filter((entry) => !entry.url.endsWith('.js') || shellChunks.has(entry.url)),
            warnings: [],
          }),
        ],
      },
      devOptions: { enabled: false },
    }),
    precompress(),
  ],
  resolve: {
    // Bundle the contracts from source: no build step for shared/ while working on the client.
    alias: [
      { find: /^@sstc\/shared\/values$/, replacement: fileURLToPath(new URL('../shared/src/values.ts', import.meta.url)) },
      { find: /^@sstc\/shared$/, replacement: fileURLToPath(new URL('../shared/src/index.ts', import.meta.url)) },
    ],
  },
  server: {
    proxy: {
      '/api': proxy,
      '/socket.io': { ...proxy, ws: true },
    },
  },
  build: {
    outDir: 'dist',
    // dist/.vite/manifest.json: the chunk graph the bundle budget test (e2e/specs/bundle-budget) reads.
    manifest: true,
    // Every browser the platform supports knows <link rel=modulepreload>; the polyfill is dead weight.
    modulePreload: { polyfill: false },
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
