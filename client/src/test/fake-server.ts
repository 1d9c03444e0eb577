import type { ApiErrorBody } from '@sstc/shared';

/** What the fake server saw: one entry per request. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  headers: Record<string, string>;
}

export interface FakeReply {
  status: number;
  body?: unknown;
}

type Handler = FakeReply | ((request: RecordedRequest) => FakeReply);

/** Routes keyed by "METHOD /api/path" (no query string). */
export type FakeRoutes = Record<string, Handler>;

// jsdom has no fetch or Response; this is just enough of a Response for lib/api.ts.
class FakeResponse {
  readonly ok: boolean;
  readonly headers: Headers;

  constructor(
    readonly status: number,
    private readonly payload: unknown,
  ) {
    this.ok = status >= 200 && status < 300;
    this.headers = new Headers(payload === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' });
  }

  async json(): Promise<unknown> {
    return JSON.parse(JSON.stringify(this.payload)) as unknown;
  }

  async text(): Promise<string> {
    return this.payload === undefined ? '' : JSON.stringify(this.payload);
  }
}

export function errorReply(status: number, body: Omit<ApiErrorBody, 'requestId' | 'message'> & { message?: string }): FakeReply {
  // The server's own text is deliberately unlike the client's resources: tests prove which one shows.
  return { status, body: { message: `server says ${body.code}`, requestId: 'req-test', ...body } };
}

/**
 * Stands in for the server at the network boundary: replaces global fetch for one test. Every
 * request is recorded; a route nobody declared answers 404 like the real server.
 */
export function installFakeServer(routes: FakeRoutes): { requests: RecordedRequest[]; requestsTo: (key: string) => RecordedRequest[] } {
  const requests: RecordedRequest[] = [];
  globalThis.fetch = (async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url, 'http://localhost');
    const method = (init.method ?? 'GET').toUpperCase();
    const request: RecordedRequest = {
      method,
      path: url.pathname,
      query: url.searchParams,
      body: typeof init.body === 'string' ? parseBody(init.body) : undefined,
      headers: { ...(init.headers as Record<string, string>) },
    };
    requests.push(request);
    const handler = routes[`${method} ${url.pathname}`];
    const reply = typeof handler === 'function' ? handler(request) : (handler ?? errorReply(404, { code: 'not_found' }));
    return new FakeResponse(reply.status, reply.body) as unknown as Response;
  }) as typeof fetch;
  return { requests, requestsTo: (key) => requests.filter((request) => `${request.method} ${request.path}` === key) };
}

/** JSON bodies parsed; anything else (a CSV file) as the text it was. */
function parseBody(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return body;
  }
}
