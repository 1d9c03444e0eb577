import type { FieldIssueOf } from '@sstc/shared';
import { QueryFailedError } from 'typeorm';
import { ApiException } from './api.exception.js';

/** A validation_failed error from rules the schema alone cannot check (dates in order, a block for electives). */
export function validationFailed(issues: readonly FieldIssueOf[]): ApiException {
  return new ApiException('validation_failed', { details: issues.map((issue) => ({ path: issue.path, code: issue.code, message: '' })) });
}

export function throwIfProblems(issues: readonly FieldIssueOf[]): void {
  if (issues.length > 0) throw validationFailed(issues);
}

/** Whether a write failed on the named unique constraint or index (PostgreSQL 23505). */
export function isUniqueViolation(error: unknown, constraint: string): boolean {
  const driverError = error instanceof QueryFailedError ? (error.driverError as { code?: string; constraint?: string }) : undefined;
  return driverError?.code === '23505' && driverError.constraint === constraint;
}

export function codeTaken(): ApiException {
  return new ApiException('code_taken', { details: [{ path: 'code', code: 'invalid', message: '' }] });
}
