import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { OpenAPIV3_1 } from 'openapi-types';
import { startTestApp, type TestApp } from '../setup/test-app.js';

type Document = OpenAPIV3_1.Document;
type Operation = OpenAPIV3_1.OperationObject;
const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

interface ExpressLayer {
  route?: { path: string | string[]; methods: Record<string, boolean> };
}

/** `GET /api/editions/{editionId}` for every API route Express will answer (Nest's own route table). */
function nestRoutes(t: TestApp): string[] {
  const express = t.app.getHttpAdapter().getInstance() as { router: { stack: ExpressLayer[] } };
  return express.router.stack
    .flatMap((layer) => {
      if (!layer.route) return [];
      const paths = Array.isArray(layer.route.path) ? layer.route.path : [layer.route.path];
      return paths.flatMap((path) => Object.keys(layer.route!.methods).map((method) => `${method.toUpperCase()} ${path}`));
    })
    .filter((route) => / \/api\//.test(route) && !/ \/api\/docs(\/|-json|$)/.test(route))
    .map((route) => route.replace(/:(\w+)/g, '{$1}'));
}

function operations(document: Document): [string, Operation][] {
  return Object.entries(document.paths ?? {}).flatMap(([path, item]) =>
    METHODS.filter((method) => item?.[method]).map((method) => [`${method.toUpperCase()} ${path}`, item![method]!] as [string, Operation]),
  );
}

const schemaOf = (content: Record<string, OpenAPIV3_1.MediaTypeObject> | undefined) =>
  content?.['application/json']?.schema as Record<string, unknown> | undefined;

describe('API documentation', () => {
  let t: TestApp;
  let document: Document;
  let contentType: string | null;

  beforeAll(async () => {
    t = await startTestApp();
    const response = await fetch(`${t.url}/api/docs-json`);
    contentType = response.headers.get('content-type');
    document = (await response.json()) as Document;
  });
  afterAll(async () => {
    await t.close();
  });

  it('documents every route the application answers, and no other', () => {
    const documented = operations(document).map(([route]) => route);
    const routes = nestRoutes(t);
    expect(routes.length).toBeGreaterThan(50);
    expect([...documented].sort()).toEqual([...new Set(routes)].sort());
  });

  it('describes request and response bodies as components referenced by $ref (a list by its items)', () => {
    const components = document.components?.schemas ?? {};
    const resolves = (schema: Record<string, unknown> | undefined): boolean => {
      const ref = (schema?.$ref ?? (schema?.items as Record<string, unknown> | undefined)?.$ref) as string | undefined;
      return !!ref && ref.startsWith('#/components/schemas/') && ref.slice('#/components/schemas/'.length) in components;
    };
    const bodies = operations(document).filter(([, operation]) => operation.requestBody);
    expect(bodies.length).toBeGreaterThan(30);
    for (const [route, operation] of bodies) {
      const body = operation.requestBody as OpenAPIV3_1.RequestBodyObject;
      expect({ route, resolves: resolves(schemaOf(body.content)) }).toEqual({ route, resolves: true });
    }
    const responses = operations(document).flatMap(([route, operation]) =>
      Object.values(operation.responses ?? {}).flatMap((response) => {
        const schema = schemaOf((response as OpenAPIV3_1.ResponseObject).content);
        return schema ? [[route, schema] as const] : [];
      }),
    );
    expect(responses.length).toBeGreaterThan(100);
    for (const [route, schema] of responses) expect({ route, resolves: resolves(schema) }).toEqual({ route, resolves: true });
    expect(schemaOf((document.paths!['/api/users']!.get!.responses['200'] as OpenAPIV3_1.ResponseObject).content)).toEqual({
      $ref: '#/components/schemas/UsersListResponse',
    });

    const signIn = document.paths!['/api/auth/sign-in']!.post!;
    expect(schemaOf((signIn.requestBody as OpenAPIV3_1.RequestBodyObject).content)).toEqual({ $ref: '#/components/schemas/SignInRequest' });
    expect(components.SignInRequest).toMatchObject({ type: 'object', required: ['email', 'password'], additionalProperties: false });
    expect(schemaOf((signIn.responses['200'] as OpenAPIV3_1.ResponseObject).content)).toEqual({ $ref: '#/components/schemas/CurrentUser' });
    expect(schemaOf((signIn.responses.default as OpenAPIV3_1.ResponseObject).content)).toEqual({ $ref: '#/components/schemas/Error' });
  });

  it('lists query fields as parameters, keeps path parameters, and says who may call', () => {
    const users = document.paths!['/api/users']!.get!;
    expect(users.description).toBe('Roles: organizer');
    expect((users.parameters as OpenAPIV3_1.ParameterObject[]).filter((p) => p.in === 'query').map((p) => p.name)).toEqual(
      expect.arrayContaining(['page', 'pageSize']),
    );
    const edition = document.paths!['/api/editions/{editionId}']!.get!;
    expect(edition.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'editionId', in: 'path', required: true })]));
    expect(document.paths!['/api/auth/sign-in']!.post!.security).toEqual([]);
    expect(document.security).toEqual([{ session: [] }]);
  });

  it('serves the browsable UI with its assets from the server itself, within the content security policy', async () => {
    const page = await fetch(`${t.url}/api/docs`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    const csp = page.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    const html = await page.text();
    // The CSP allows no inline script: every script is a file of the same origin.
    expect(html).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    const assets = [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)=["']([^"']+)["']/g)].map(([, url]) => new URL(url!, `${t.url}/api/docs`));
    const types = new Map<string, string>();
    for (const url of assets) {
      expect(url.origin).toBe(t.url);
      const asset = await fetch(url);
      expect({ url: url.pathname, status: asset.status }).toEqual({ url: url.pathname, status: 200 });
      types.set(url.pathname.split('/').pop()!, asset.headers.get('content-type') ?? '');
      await asset.arrayBuffer();
    }
    expect(types.get('swagger-ui.css')).toMatch(/^text\/css/);
    expect(types.get('swagger-ui-bundle.js')).toMatch(/javascript/);
    expect(types.get('swagger-ui-init.js')).toMatch(/javascript/);
    expect(types.get('favicon-32x32.png')).toMatch(/^image\/png/);
  });

  // Last: validating blocks this process, the server's too, for seconds, and a fetch after it can
  // pick a kept-alive connection the server is closing at that moment.
  it('serves a valid OpenAPI 3.1 document whose every $ref resolves', async () => {
    expect(contentType).toMatch(/^application\/json/);
    expect(document.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(document) as never)).resolves.toBeDefined();
  });
});
