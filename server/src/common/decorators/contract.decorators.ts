import { Body, Query, SetMetadata } from '@nestjs/common';
import type { z } from 'zod';
import { ZodValidationPipe } from '../pipes/zod-validation.pipe.js';

export const BODY_SCHEMA_KEY = 'sstc:body-schema';
export const QUERY_SCHEMA_KEY = 'sstc:query-schema';
export const RESPONSE_SCHEMA_KEY = 'sstc:response-schema';

// Each decorator both validates and records the schema, so /api/docs is generated from the same source.

export function ValidBody(schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    Reflect.defineMetadata(BODY_SCHEMA_KEY, schema, target.constructor, key!);
    Body(new ZodValidationPipe(schema))(target, key, index);
  };
}

export function ValidQuery(schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    Reflect.defineMetadata(QUERY_SCHEMA_KEY, schema, target.constructor, key!);
    Query(new ZodValidationPipe(schema))(target, key, index);
  };
}

export const Returns = (schema: z.ZodType) => SetMetadata(RESPONSE_SCHEMA_KEY, schema);
