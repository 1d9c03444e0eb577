import type { FieldProblem } from '@sstc/shared';
import { ApiError } from './api.js';

export interface FieldIssue {
  path: string;
  code: FieldProblem;
}

/** A submitted form: its values as strings, and which required fields were left empty. */
export interface FormInput {
  values: Record<string, string>;
  missing: string[];
}

/** One text field of a submitted form; '' when absent (a file input holds no text). */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === 'string' ? value : '';
}

export function readForm(form: HTMLFormElement): FormInput {
  const values: Record<string, string> = {};
  new FormData(form).forEach((value, key) => {
    if (typeof value === 'string') values[key] = value;
  });
  const missing = [...form.elements]
    .filter((element) => element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)
    .filter((element) => element.required && element.name && !values[element.name]?.trim())
    .map((element) => element.name);
  return { values, missing };
}

/**
 * The values of a form, once the checks the client can make without the contracts' schemas pass:
 * required fields filled in, plus a form's own (`extra`, e.g. a repeated password). Everything
 * else is the server's to judge; its answer comes back per field in the same shape.
 */
export function checkForm({ values, missing }: FormInput, extra: (FieldIssue | false)[] = []): Record<string, string> {
  const issues = [
    ...missing.map((path): FieldIssue => ({ path, code: 'required' })),
    ...extra.filter((issue): issue is FieldIssue => issue !== false),
  ];
  if (issues.length > 0) throw validationError(issues);
  return values;
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

/** The new password and its repetition must match. */
export function passwordsDiffer(values: Record<string, string>, field = 'password'): FieldIssue | false {
  return values[field] !== values.confirmPassword && { path: 'confirmPassword', code: 'passwords_differ' };
}

/** Passwords have this many characters, at least and at most (shared passwordSchema; a test keeps them equal). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;
