export interface ApiResponse<T = any> {
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

  get<T = any>(path: string) {
    return this.request<T>('GET', path);
  }

  post<T = any>(path: string, body?: unknown) {
    return this.request<T>('POST', path, body);
  }

  patch<T = any>(path: string, body?: unknown) {
    return this.request<T>('PATCH', path, body);
  }

  put<T = any>(path: string, body?: unknown) {
    return this.request<T>('PUT', path, body);
  }

  delete<T = any>(path: string) {
    return this.request<T>('DELETE', path);
  }

  async raw(method: string, path: string, body: string, contentType = 'application/json'): Promise<ApiResponse> {
    const response = await fetch(`${this.baseUrl}/api${path}`, { method, body, headers: this.headers(contentType) });
    return { status: response.status, body: await parse(response), headers: response.headers };
  }

  async request<T = any>(method: string, path: string, body?: unknown): Promise<ApiResponse<T>> {
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
