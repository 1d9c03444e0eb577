import { FIELD_PROBLEMS, type FieldProblem } from '@sstc/shared';
import type { z } from 'zod';
import { ApiError } from './api.js';

export interface FieldIssue {
  path: string;
  code: FieldProblem;
}

/**
 * Checks a form's values with the shared schema the server uses, before any request: problems
 * show at once, without a round trip on a slow network. `extra` adds checks only a form knows
 * (a repeated password). Throws the error the server would answer, so forms show both alike.
 */
export function parseOrThrow<T extends z.ZodType>(schema: T, values: unknown, extra: (FieldIssue | false)[] = []): z.infer<T> {
  const result = schema.safeParse(values);
  const issues = [
    ...(result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), code: problemOf(issue, values) }))),
    ...extra.filter((issue): issue is FieldIssue => issue !== false),
  ];
  if (issues.length > 0) throw validationError(issues);
  return result.data as z.infer<T>;
}

/** A validation_failed error built on the client, shaped like the server's. */
export function validationError(details: FieldIssue[]): ApiError {
  return new ApiError(400, {
    code: 'validation_failed',
    message: '',
    details: details.map((detail) => ({ ...detail, message: '' })),
    requestId: '',
  });
}

// The server's mapping of zod issues to field problems, except that a field left empty says
// "required" rather than "too short" or "not a choice".
function problemOf(issue: z.core.$ZodIssue, values: unknown): FieldProblem {
  const raw = issue.path.length === 1 ? (values as Record<PropertyKey, unknown> | null)?.[issue.path[0]!] : null;
  if (raw === undefined || raw === '') return 'required';
  if (issue.code === 'custom' || issue.code === 'invalid_format' || issue.code === 'invalid_value') {
    if ((FIELD_PROBLEMS as readonly string[]).includes(issue.message)) return issue.message as FieldProblem;
  }
  if ((FIELD_PROBLEMS as readonly string[]).includes(issue.code)) return issue.code as FieldProblem;
  return 'invalid';
}

/** A form's fields as plain strings, ready for a schema. */
export function formValues(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  new FormData(form).forEach((value, key) => {
    if (typeof value === 'string') values[key] = value;
  });
  return values;
}
