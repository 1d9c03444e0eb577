import { type PipeTransform } from '@nestjs/common';
import { FIELD_PROBLEMS, unsafeTextPaths, type FieldProblem } from '@sstc/shared';
import type { z } from 'zod';
import { ApiException } from '../http/api.exception.js';

/** Parses a body or query with its shared zod schema; unknown fields fail (schemas are strict). */
export class ZodValidationPipe<T extends z.ZodType> implements PipeTransform<unknown, z.infer<T>> {
  constructor(private readonly schema: T) {}

  transform(value: unknown): z.infer<T> {
    // Every body, query and socket payload passes here: U+0000 and lone surrogates stop at the door.
    const unsafe = unsafeTextPaths(value);
    if (unsafe.length > 0)
      throw new ApiException('validation_failed', { details: unsafe.map((path) => ({ path, code: 'invalid_characters', message: '' })) });
    // reportInput tells a missing value (required) from a wrong one (invalid_type).
    const result = this.schema.safeParse(value ?? {}, { reportInput: true });
    if (result.success) return result.data;
    throw new ApiException('validation_failed', { details: result.error.issues.map(toDetail) });
  }
}

function toDetail(issue: z.core.$ZodIssue): { path: string; code: FieldProblem; message: string } {
  const path = issue.code === 'unrecognized_keys' ? [...issue.path, ...issue.keys].join('.') : issue.path.join('.');
  return { path, code: problemOf(issue), message: '' };
}

function problemOf(issue: z.core.$ZodIssue): FieldProblem {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'required';
  if (issue.code === 'custom' || issue.code === 'invalid_format' || issue.code === 'invalid_value') {
    if ((FIELD_PROBLEMS as readonly string[]).includes(issue.message)) return issue.message as FieldProblem;
  }
  if ((FIELD_PROBLEMS as readonly string[]).includes(issue.code)) return issue.code as FieldProblem;
  return 'invalid';
}
