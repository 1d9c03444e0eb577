import { Injectable, RequestMethod } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { z } from 'zod';
import { BODY_SCHEMA_KEY, QUERY_SCHEMA_KEY, RESPONSE_SCHEMA_KEY } from '../../common/decorators/contract.decorators.js';
import { PUBLIC_KEY, ROLES_KEY } from '../../common/decorators/access.decorators.js';

const PATH_METADATA = 'path';
const METHOD_METADATA = 'method';

/**
 * Builds the OpenAPI 3.1 document from the routes Nest knows and the same zod schemas that
 * validate them, so the document cannot drift from the code.
 */
@Injectable()
export class OpenApiService {
  private document?: object;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  build(): object {
    if (this.document) return this.document;
    const paths: Record<string, Record<string, object>> = {};
    for (const wrapper of this.discovery.getControllers()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | undefined;
      if (!controller || !wrapper.instance) continue;
      const base = normalize(Reflect.getMetadata(PATH_METADATA, controller));
      const prototype = Object.getPrototypeOf(wrapper.instance) as object;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = (prototype as Record<string, unknown>)[name] as () => unknown;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const route = `/api${base}${normalize(Reflect.getMetadata(PATH_METADATA, handler))}`.replace(/:(\w+)/g, '{$1}') || '/api';
        const body = Reflect.getMetadata(BODY_SCHEMA_KEY, controller, name) as z.ZodType | undefined;
        const query = Reflect.getMetadata(QUERY_SCHEMA_KEY, controller, name) as z.ZodType | undefined;
        const response = this.reflector.get<z.ZodType | undefined>(RESPONSE_SCHEMA_KEY, handler);
        const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [handler, controller]);
        const roles = this.reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY, [handler, controller]);
        (paths[route] ??= {})[RequestMethod[method].toLowerCase()] = {
          operationId: `${controller.name.replace(/Controller$/, '')}.${name}`,
          tags: [controller.name.replace(/Controller$/, '')],
          ...(roles ? { description: `Roles: ${roles.join(', ')}` } : {}),
          ...(isPublic ? { security: [] } : {}),
          parameters: [
            ...[...route.matchAll(/\{(\w+)\}/g)].map(([, param]) => ({ name: param, in: 'path', required: true, schema: { type: 'string' } })),
            ...queryParameters(query),
          ],
          ...(body ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(body, 'input') } } } } : {}),
          responses: {
            '2XX': response
              ? { description: 'Success', content: { 'application/json': { schema: toSchema(response, 'output') } } }
              : { description: 'Success' },
            default: { description: 'Error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
          },
        };
      }
    }
    this.document = {
      openapi: '3.1.0',
      info: { title: 'SSTC Academy API', version: '0.1.0' },
      paths,
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'sstc_session' } },
        schemas: {
          Error: {
            type: 'object',
            required: ['code', 'message', 'requestId'],
            properties: {
              code: { type: 'string' },
              message: { type: 'string' },
              details: {
                type: 'array',
                items: { type: 'object', properties: { path: { type: 'string' }, code: { type: 'string' }, message: { type: 'string' } } },
              },
              retryAfter: { type: 'integer' },
              requestId: { type: 'string' },
            },
          },
        },
      },
      security: [{ session: [] }],
    };
    return this.document;
  }
}

function normalize(path: string | string[] | undefined): string {
  const value = Array.isArray(path) ? (path[0] ?? '') : (path ?? '');
  const trimmed = value.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}` : '';
}

function toSchema(schema: z.ZodType, io: 'input' | 'output'): object {
  return z.toJSONSchema(schema, { io, unrepresentable: 'any' });
}

function queryParameters(schema: z.ZodType | undefined): object[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, object>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, property]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: property,
  }));
}
