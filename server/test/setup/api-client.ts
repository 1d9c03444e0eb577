/**
 * The body of a call the test does not type. Tests probe bodies of every shape (records, pages, error
 * replies) and check them with expect(); a type or a cast on each of some 400 calls would add noise,
 * not safety. A test that wants the compiler's help passes its contract type instead.
 */
// oxlint-disable-next-line typescript/no-explicit-any -- the one deliberate `any` of the test client, see above
export type UntypedBody = any;

export interface ApiResponse<T = UntypedBody> {
  status: number;
  body: T;
  headers: Headers;
}

/** fetch with a cookie jar of its own, speaking JSON to /api. */
export class ApiClient {
  private cookie = '';

  constructor(
    readonly baseUrl: string,
    readonly language: string,
    private readonly origin: string,
  ) {}

  get sessionCookie(): string {
    return this.cookie;
  }

  get<T = UntypedBody>(path: string) {
    return this.request<T>('GET', path);
  }

  post<T = UntypedBody>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body);
  }

  patch<T = UntypedBody>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body);
  }

  put<T = UntypedBody>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body);
  }

  delete<T = UntypedBody>(path: string) {
    return this.request<T>('DELETE', path);
  }

  async raw(method: string, path: string, body: string, contentType = 'application/json'): Promise<ApiResponse> {
    const response = await fetch(`${this.baseUrl}/api${path}`, { method, body, headers: this.headers(contentType) });
    return { status: response.status, body: await parse(response), headers: response.headers };
  }

  /** A call whose body or answer is a file: bytes as they are, in and out. */
  async bytes(method: string, path: string, body?: Uint8Array, contentType = 'application/octet-stream') {
    const response = await fetch(`${this.baseUrl}/api${path}`, { method, body, headers: this.headers(body ? contentType : undefined) });
    const bytes = Buffer.from(await response.arrayBuffer());
    const text = bytes.toString('utf8');
    let json: UntypedBody;
    try {
      json = JSON.parse(text) as UntypedBody;
    } catch {
      json = undefined as UntypedBody;
    }
    return { status: response.status, bytes, json, headers: response.headers };
  }

  async request<T = UntypedBody>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
    const response = await fetch(`${this.baseUrl}/api${path}`, {
      method,
      headers: this.headers(body === undefined ? undefined : 'application/json'),
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair!.endsWith('=') ? '' : pair!;
    }
    return { status: response.status, body: (await parse(response)) as T, headers: response.headers };
  }

  private headers(contentType?: string): Record<string, string> {
    return {
      'accept-language': this.language,
      origin: this.origin,
      ...(contentType ? { 'content-type': contentType } : {}),
      ...(this.cookie ? { cookie: this.cookie } : {}),
    };
  }
}

async function parse(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

/** What an answer says about access: refused as signed out (401), refused (403), or let through. */
export function access(status: number): 401 | 403 | 'open' {
  return status === 401 || status === 403 ? status : 'open';
}
