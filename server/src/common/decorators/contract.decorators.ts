import { Body, Query, SetMetadata } from '@nestjs/common';
import type { z } from 'zod';
import { ZodValidationPipe } from '../pipes/zod-validation.pipe.js';

export const RESPONSE_SCHEMA_KEY = 'sstc:response-schema';

/** Query schemas: the OpenAPI document lists their fields as query parameters, not as a component. */
export const QUERY_SCHEMAS = new WeakSet<z.ZodType>();

// Each decorator both validates (our pipe, which maps zod's issues to translated field problems)
// and hands the schema to Nest as a standard schema, which @nestjs/swagger turns into the
// OpenAPI document: /api/docs is generated from the same source as the validation.

export function ValidBody(schema: z.ZodType): ParameterDecorator {
  return Body({ schema, pipes: [new ZodValidationPipe(schema)] });
}

export function ValidQuery(schema: z.ZodType): ParameterDecorator {
  QUERY_SCHEMAS.add(schema);
  return Query({ schema, pipes: [new ZodValidationPipe(schema)] });
}

/** The success body's schema; the docs give it the route's status (200, 201 or its @HttpCode). */
export const Returns = (schema: z.ZodType) => SetMetadata(RESPONSE_SCHEMA_KEY, schema);
