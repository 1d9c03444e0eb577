import { readFileSync } from 'node:fs';
import { ApiException } from '../http/api.exception.js';

/**
 * SecLists' 10,000 most common passwords (common-passwords.json says where it comes from), read
 * once at start, compared without case. The length rule is the shared passwordSchema's.
 */
const COMMON = new Set(
  (JSON.parse(readFileSync(new URL('./common-passwords.json', import.meta.url), 'utf8')) as { passwords: string[] }).passwords.map((p) =>
    p.toLowerCase(),
  ),
);

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.toLowerCase());
}

/** Refuses a new password that is one of the most common, as a problem of the field `path`. */
export function refuseCommonPassword(password: string, path: string): void {
  if (isCommonPassword(password)) throw new ApiException('validation_failed', { details: [{ path, code: 'password_too_common', message: '' }] });
}
