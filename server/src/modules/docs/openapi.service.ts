import { HttpStatus, Injectable, RequestMethod, type INestApplication } from '@nestjs/common';
import { HTTP_CODE_METADATA, METHOD_METADATA } from '@nestjs/common/constants.js';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { ApiDefaultResponse, ApiResponse, DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import * as contracts from '@sstc/shared';
import { ERROR_CODES, type ErrorCode } from '@sstc/shared';
import { z } from 'zod';
import { PUBLIC_KEY, ROLES_KEY } from '../../common/decorators/access.decorators.js';
import { QUERY_SCHEMAS, RESPONSE_SCHEMA_KEY } from '../../common/decorators/contract.decorators.js';
import { ZodSchemaConverter } from './zod-schema.converter.js';

/** The one shape of every failed response (ApiErrorBody), as the document shows it. */
const errorSchema = z.object({
  code: z.enum(ERROR_CODES as [ErrorCode, ...ErrorCode[]]),
  message: z.string(),
  details: z.array(z.object({ path: z.string(), code: z.string(), message: z.string() })).optional(),
  retryAfter: z.number().int().optional(),
  requestId: z.string(),
});

interface Route {
  isPublic: boolean;
  roles?: string[];
}

/**
 * The OpenAPI 3.1 document, built by @nestjs/swagger from the routes and the shared zod schemas
 * they validate with (Nest's standard-schema parameters), and served with Swagger UI from the
 * installed swagger-ui-dist: the UI at /api/docs, the JSON at /api/docs-json. Like the
 * hand-written document before it, it is public: it describes the API, it exposes no data.
 */
@Injectable()
export class OpenApiService {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  serve(app: INestApplication): void {
    // Built at the first request, once every module is known.
    SwaggerModule.setup('docs', app, () => this.document(app), {
      useGlobalPrefix: true,
      raw: ['json'],
      customSiteTitle: 'SSTC Academy API',
      // No validator badge: it would load an image from validator.swagger.io, which the CSP refuses.
      swaggerOptions: { validatorUrl: null },
    });
  }

  document(app: INestApplication): OpenAPIObject {
    const { routes, responses } = this.describeRoutes();
    // A response the contracts do not name (a page of items, say) is named after its route.
    const converter = new ZodSchemaConverter([...ZodSchemaConverter.namesOf(contracts), ['Error', errorSchema], ...responses], QUERY_SCHEMAS);
    const config = new DocumentBuilder()
      .setTitle('SSTC Academy API')
      .setVersion('0.1.0')
      .setOpenAPIVersion('3.1.0')
      .addSecurity('session', { type: 'apiKey', in: 'cookie', name: 'sstc_session' })
      .addSecurityRequirements('session')
      .build();
    const document = SwaggerModule.createDocument(app, config, {
      standardSchemaConverter: converter.convert,
      operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}.${method}`,
    });
    for (const path of Object.values(document.paths)) {
      for (const operation of Object.values(path) as { operationId?: string; security?: unknown[]; description?: string }[]) {
        const route = routes.get(operation.operationId ?? '');
        if (route?.isPublic) operation.security = [];
        if (route?.roles) operation.description = `Roles: ${route.roles.join(', ')}`;
      }
    }
    return converter.finish(document);
  }

  /**
   * Tells @nestjs/swagger what our own decorators say: each route's success status and @Returns
   * schema, the error shape, and who may call it (@Public, @Roles), by operation id.
   */
  private describeRoutes(): { routes: Map<string, Route>; responses: [string, z.ZodType][] } {
    const routes = new Map<string, Route>();
    const responses: [string, z.ZodType][] = [];
    for (const wrapper of this.discovery.getControllers()) {
      const controller = wrapper.metatype as (new (...args: never[]) => object) | undefined;
      if (!controller) continue;
      const prototype = controller.prototype as Record<string, unknown>;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const handler = prototype[name] as () => unknown;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (method === undefined) continue;
        const descriptor = Object.getOwnPropertyDescriptor(prototype, name)!;
        const returns = this.reflector.get<z.ZodType | undefined>(RESPONSE_SCHEMA_KEY, handler);
        ApiResponse({ status: successStatus(handler, method), description: 'Success', ...(returns ? { standardSchema: returns } : {}) })(
          prototype,
          name,
          descriptor,
        );
        ApiDefaultResponse({ description: 'Error', standardSchema: errorSchema })(prototype, name, descriptor);
        const tag = controller.name.replace(/Controller$/, '');
        if (returns) responses.push([`${tag}${name[0]!.toUpperCase()}${name.slice(1)}Response`, returns]);
        routes.set(`${tag}.${name}`, {
          isPublic: this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [handler, controller]) ?? false,
          roles: this.reflector.getAllAndOverride<string[] | undefined>(ROLES_KEY, [handler, controller]),
        });
      }
    }
    return { routes, responses };
  }
}

/** The status Nest answers a success with: its @HttpCode, else 201 for POST and 200 for the rest. */
function successStatus(handler: () => unknown, method: RequestMethod): number {
  const code = Reflect.getMetadata(HTTP_CODE_METADATA, handler) as number | undefined;
  return code ?? (method === RequestMethod.POST ? HttpStatus.CREATED : HttpStatus.OK);
}
