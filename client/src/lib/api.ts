import { ERROR_CODES, FIELD_PROBLEMS } from '@sstc/shared/values';
import type { ApiErrorBody, ErrorCode, FieldProblem } from '@sstc/shared';

/** A failed API call: the server's error body, whatever went wrong on the way. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message || body.code);
    this.name = 'ApiError';
  }

  get code(): ErrorCode {
    return this.body.code;
  }

  /** An error the client knows the server would answer, without asking it. */
  static local(status: number, code: ErrorCode): ApiError {
    return new ApiError(status, { code, message: '', requestId: '' });
  }
}

/** The request never got an answer (offline, DNS, dropped connection). */
export class NetworkError extends Error {
  constructor(override readonly cause: unknown) {
    super('network_error');
    this.name = 'NetworkError';
  }
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

interface RequestOptions {
  method?: Method;
  body?: unknown;
  /** A body sent as it is instead of JSON, e.g. a CSV file. */
  text?: { content: string | Blob; type: string };
  query?: Record<string, string | number | undefined>;
  signal?: AbortSignal;
}

/**
 * Calls the API on the same origin with the session cookie. Resolves with the parsed JSON body
 * (undefined for 202/204); rejects with ApiError (the server answered with an error) or
 * NetworkError (no answer at all).
 */
export async function api<T>(path: string, options: RequestOptions = {}): Promise<T> {
  const { method = 'GET', body, text, query, signal } = options;
  const headers: Record<string, string> = { Accept: 'application/json' };
  // The page's language, so that a signed-out caller's messages and emails match what they read.
  const language = typeof document === 'undefined' ? '' : document.documentElement.lang;
  if (language) headers['Accept-Language'] = language;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (text) headers['Content-Type'] = text.type;

  let response: Response;
  try {
    response = await fetch(withQuery(`/api${path}`, query), {
      method,
      headers,
      body: text ? text.content : body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
      signal,
    });
  } catch (error) {
    if ((error as Error)?.name === 'AbortError') throw error;
    throw new NetworkError(error);
  }

  let payload: unknown;
  try {
    payload = await readJson(response);
  } catch (error) {
    // A body cut short by a dropped connection; an error response can still be shown by its status.
    if (response.ok) throw new NetworkError(error);
  }
  if (!response.ok) throw new ApiError(response.status, toErrorBody(response, payload));
  return payload as T;
}

function withQuery(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined) params.set(key, String(value));
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204 || response.status === 202) return undefined;
  if (!response.headers.get('content-type')?.includes('json')) return undefined;
  return response.json();
}

/** A proxy or a crash may answer without our error body; still give the UI a code to show. */
function toErrorBody(response: Response, payload: unknown): ApiErrorBody {
  const body = payload as Partial<ApiErrorBody> | undefined;
  if (body && typeof body.code === 'string' && (ERROR_CODES as readonly string[]).includes(body.code)) return body as ApiErrorBody;
  const code: ErrorCode =
    response.status === 401 ? 'unauthenticated' : response.status === 403 ? 'forbidden' : response.status === 404 ? 'not_found' : 'internal_error';
  return { code, message: '', requestId: response.headers.get('x-request-id') ?? '' };
}

export function isApiError(error: unknown, code?: ErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** Field path → problem, from an error's details (first problem per field wins). */
export function fieldProblemsOf(error: unknown): Record<string, FieldProblem> {
  if (!(error instanceof ApiError)) return {};
  const problems: Record<string, FieldProblem> = {};
  for (const detail of error.body.details ?? []) {
    const problem = (FIELD_PROBLEMS as readonly string[]).includes(detail.code) ? (detail.code as FieldProblem) : 'invalid';
    problems[detail.path] ??= problem;
  }
  return problems;
}
