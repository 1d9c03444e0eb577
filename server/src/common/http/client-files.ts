import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import type { NextFunction, Request, Response } from 'express';

/** Hashed file names (Vite's assets/): the content never changes under a name, so browsers keep them a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * What helmet sets on every answer but only a document reads. A hashed script or stylesheet runs
 * under its page's policy and needs none of it (it keeps nosniff, its resource policy and the
 * referrer policy); on a slow link these headers cost about 600 bytes a file, some 0.2 s of the
 * first screen's fifteen files at 50 kB/s. Nor does a hashed file need its date: it never changes.
 */
const DOCUMENT_ONLY_HEADERS = [
  'Content-Security-Policy',
  'Cross-Origin-Opener-Policy',
  'Origin-Agent-Cluster',
  'X-DNS-Prefetch-Control',
  'X-Download-Options',
  'X-Frame-Options',
  'X-Permitted-Cross-Domain-Policies',
  'X-XSS-Protection',
];

const ENCODINGS = [
  { name: 'br', suffix: '.br' },
  { name: 'gzip', suffix: '.gz' },
] as const;

/**
 * Serves the built client: every file in the encoding the browser prefers among those compressed at
 * build time (client/vite.config.ts writes .br and .gz beside each text file), with `Vary:
 * Accept-Encoding` so caches keep them apart. Hashed assets are immutable; everything else
 * (index.html, the service worker, the manifest) is revalidated on each use. Any GET that is not
 * a file, the API or the websocket gets index.html, so client-side routes survive a reload.
 */
export function clientFiles(root: string) {
  const known = new Map<string, boolean>();
  const isFile = (file: string) => {
    let found = known.get(file);
    if (found === undefined) {
      found = existsSync(file) && statSync(file).isFile();
      known.set(file, found);
    }
    return found;
  };
  return (request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || request.path.startsWith('/api') || request.path.startsWith('/socket.io'))
      return next();
    const wanted = inside(root, request.path);
    const file = wanted && isFile(wanted) ? wanted : path.join(root, 'index.html');
    const hashed = file.startsWith(path.join(root, 'assets') + path.sep);
    // Scripts and styles only: an image could be opened as a document of its own (an SVG can hold a script).
    const subresource = hashed && /\.(js|css)$/.test(file);
    if (subresource) for (const header of DOCUMENT_ONLY_HEADERS) response.removeHeader(header);
    const available = ENCODINGS.filter((encoding) => isFile(file + encoding.suffix));
    const encoding = preferred(request.headers['accept-encoding'] ?? '', available);
    if (available.length > 0) response.vary('Accept-Encoding');
    response.setHeader('Cache-Control', hashed ? IMMUTABLE : 'no-cache');
    if (encoding) {
      response.setHeader('Content-Encoding', encoding.name);
      // The type of the file itself, not of its compressed copy.
      response.type(path.extname(file));
    }
    const options = { cacheControl: false, dotfiles: 'deny', lastModified: !hashed } as const;
    response.sendFile(encoding ? file + encoding.suffix : file, options, (error) => {
      if (error && !response.headersSent) next(error);
    });
  };
}

/** The file a URL path names under root, or undefined when it is malformed or climbs out of root. */
function inside(root: string, urlPath: string): string | undefined {
  try {
    const file = path.join(root, decodeURIComponent(urlPath));
    return file.startsWith(root + path.sep) ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The best of the available encodings for an Accept-Encoding header: highest q first, and on a tie
 * ours in order (brotli before gzip: browsers list gzip first, but brotli is smaller).
 */
function preferred<E extends { name: string }>(header: string, available: readonly E[]): E | undefined {
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find(Boolean);
    if (name) weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weightOf = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
  let best: E | undefined;
  for (const encoding of available) if (weightOf(encoding.name) > 0 && (!best || weightOf(encoding.name) > weightOf(best.name))) best = encoding;
  return best;
}
