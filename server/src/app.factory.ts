import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { ConsoleLogger, type LogLevel } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import helmet from 'helmet';
import { AppModule } from './app.module.js';
import { ApiExceptionFilter } from './common/filters/api-exception.filter.js';
import { ApiException } from './common/http/api.exception.js';
import { clientFiles } from './common/http/client-files.js';
import { PROJECT_ROOT, type Config } from './config/config.js';
import { OpenApiService } from './modules/docs/openapi.service.js';
import { RedisIoAdapter } from './modules/realtime/redis-io.adapter.js';
import { memoizeWithinReads } from './common/http/read-memo.js';

const LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'];
const CLIENT_DIST = path.join(PROJECT_ROOT, 'client', 'dist');

/** Builds the whole application (API, websocket, client) without listening, for main.ts and tests. */
export async function createApp(config: Config): Promise<NestExpressApplication> {
  const logger = new ConsoleLogger({ json: config.NODE_ENV !== 'development', logLevels: LEVELS.slice(0, LEVELS.indexOf(config.LOG_LEVEL) + 1) });
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { logger, bodyParser: false, abortOnError: false });
  // Behind a reverse proxy, the client's address (request.ip, which sign-in throttling counts by) comes from X-Forwarded-For.
  app.set('trust proxy', config.TRUST_PROXY);
  app.enableShutdownHooks();
  app.use(requestId, memoizeWithinReads);
  // API answers compressed on the fly (JSON lists are large and repetitive on slow links); the client's
  // files come precompressed and carry their Content-Encoding, which this middleware leaves alone.
  app.use(compression({ threshold: 1024 }));
  const https = config.PUBLIC_URL.startsWith('https:');
  app.use(
    helmet({
      // Over plain http (a laptop, a LAN) HSTS and upgrade-insecure-requests would break the site.
      strictTransportSecurity: https,
      contentSecurityPolicy: {
        directives: { 'connect-src': ["'self'", ...config.ALLOWED_ORIGINS.map(toWebSocketOrigin)], 'upgrade-insecure-requests': https ? [] : null },
      },
    }),
  );
  app.use(cookieParser());
  app.use('/api', sameOriginWrites(config.ALLOWED_ORIGINS), bodyTypes, express.json({ limit: '256kb' }));
  app.setGlobalPrefix('api');
  app.useGlobalFilters(new ApiExceptionFilter());
  app.get(OpenApiService).serve(app);
  app.use(logRequests(logger, config.NODE_ENV === 'development'));
  if (config.REDIS_URL) {
    const adapter = new RedisIoAdapter(app, config.REDIS_URL);
    await adapter.connect();
    app.useWebSocketAdapter(adapter);
  }
  serveClient(app);
  return app;
}

function requestId(request: Request, response: Response, next: NextFunction): void {
  const incoming = request.headers['x-request-id'];
  request.requestId = typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
  response.setHeader('X-Request-Id', request.requestId);
  next();
}

const READS = ['GET', 'HEAD', 'OPTIONS'];

/**
 * Refuses state-changing API calls from foreign origins (defence in depth beside SameSite cookies).
 * A call that carries a cookie must also say where it comes from: browsers send Origin (or at
 * least Sec-Fetch-Site) with every write, so a cookie without either is not our page's request.
 * A call without any cookie (a script signing in) has no session to abuse.
 */
function sameOriginWrites(allowed: string[]) {
  return (request: Request, _response: Response, next: NextFunction) => {
    if (READS.includes(request.method)) return next();
    const origin = request.headers.origin;
    if (origin) return next(allowed.includes(origin) ? undefined : new ApiException('forbidden'));
    if (!request.headers.cookie || request.headers['sec-fetch-site'] === 'same-origin') return next();
    next(new ApiException('origin_required'));
  };
}

/** Routes whose body is a file, read as text by their module (the participant import). */
const FILE_BODY_ROUTES = [/^\/editions\/[^/]+\/imports\/?$/];
/** Routes whose body is a file as bytes, read by their module (a practice's documents). */
const BINARY_BODY_ROUTES = [/^\/practices\/[^/]+\/documents\/?$/];
/** The one-click unsubscribe address, which mail clients post to as a form (RFC 8058); it changes nothing but the token's own choice. */
const FORM_BODY_ROUTES = [/^\/notifications\/unsubscribe\/[^/]+\/?$/];

/**
 * /api reads JSON only, and CSV or bytes where a file is the body: a cross-site HTML form can send none
 * (text/plain, urlencoded and multipart are the types it may send without asking). A call without
 * a body needs no type.
 */
function bodyTypes(request: Request, _response: Response, next: NextFunction): void {
  const hasBody = Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined;
  if (READS.includes(request.method) || !hasBody) return next();
  const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const file = type === 'text/csv' && request.method === 'POST' && FILE_BODY_ROUTES.some((route) => route.test(request.path));
  const binary = type === 'application/octet-stream' && request.method === 'POST' && BINARY_BODY_ROUTES.some((route) => route.test(request.path));
  const form =
    type === 'application/x-www-form-urlencoded' && request.method === 'POST' && FORM_BODY_ROUTES.some((route) => route.test(request.path));
  next(type === 'application/json' || file || binary || form ? undefined : new ApiException('unsupported_media_type'));
}

/** One line per request: a JSON object in production, a short readable line in development. */
function logRequests(logger: ConsoleLogger, readable: boolean) {
  return (request: Request, response: Response, next: NextFunction) => {
    const started = performance.now();
    response.on('finish', () => {
      const entry = {
        requestId: request.requestId,
        method: request.method,
        path: redactTokens(request.originalUrl.split('?')[0]!),
        status: response.statusCode,
        ms: Math.round(performance.now() - started),
        user: request.user?.id,
      };
      logger.log(readable ? `${entry.method} ${entry.path} ${entry.status} ${entry.ms}ms` : entry, 'Http');
    });
    next();
  };
}

/** Paths whose next segment is a bearer token (emailed links, the calendar feed), API and client pages alike. */
const TOKEN_PATHS =
  /^(\/api\/survey-links\/|\/api\/auth\/invitations\/|\/api\/agenda\/feeds\/|\/api\/notifications\/unsubscribe\/|\/s\/|\/invitation\/|\/reset-password\/|\/unsubscribe\/)[^/]+/;

/** A path as logged: whoever reads the logs must not be able to open someone's link. */
export function redactTokens(path: string): string {
  return path.replace(TOKEN_PATHS, '$1:token');
}

/** The built client, precompressed (see common/http/client-files.ts). */
function serveClient(app: NestExpressApplication): void {
  if (existsSync(CLIENT_DIST)) app.use(clientFiles(CLIENT_DIST));
}

function toWebSocketOrigin(origin: string): string {
  return origin.replace(/^http/, 'ws');
}
