import { FIELD_PROBLEMS, type FieldProblem } from '@sstc/shared';
import type { z } from 'zod';
import { ApiError } from './api.js';

/**
 * Checks a form's values with the same shared schema the server uses, before any request: the
 * same field problems appear at once, without a round trip on a slow network. Throws the error the
 * server would answer, so forms show both the same way.
 */
export function parseOrThrow<T extends z.ZodType>(schema: T, values: unknown): z.infer<T> {
  const result = schema.safeParse(values);
  if (result.success) return result.data;
  throw validationError(result.error.issues.map((issue) => ({ path: issue.path.join('.'), code: problemOf(issue) })));
}

/** A validation_failed error built on the client (e.g. a password confirmation that differs). */
export function validationError(details: { path: string; code: FieldProblem }[]): ApiError {
  return new ApiError(400, {
    code: 'validation_failed',
    message: '',
    details: details.map((detail) => ({ ...detail, message: '' })),
    requestId: '',
  });
}

// Mirrors the server's mapping of zod issues to field problems.
function problemOf(issue: z.core.$ZodIssue): FieldProblem {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required';
  if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1) return 'required';
  if (issue.code === 'custom' || issue.code === 'invalid_format' || issue.code === 'invalid_value') {
    if ((FIELD_PROBLEMS as readonly string[]).includes(issue.message)) return issue.message as FieldProblem;
  }
  if ((FIELD_PROBLEMS as readonly string[]).includes(issue.code)) return issue.code as FieldProblem;
  return 'invalid';
}
