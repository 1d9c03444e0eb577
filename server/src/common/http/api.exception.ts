import { HttpException } from '@nestjs/common';
import type { ApiErrorBody, ErrorCode } from '@sstc/shared';

const STATUS_BY_CODE: Partial<Record<ErrorCode, number>> = {
  validation_failed: 400,
  malformed_json: 400,
  payload_too_large: 413,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  email_taken: 409,
  too_many_requests: 429,
  sign_in_throttled: 429,
  invalid_credentials: 401,
  invitation_invalid: 410,
  reset_token_invalid: 410,
  wrong_password: 400,
  internal_error: 500,
};

/** The exception every module throws: a stable code, translated by the global filter. */
export class ApiException extends HttpException {
  constructor(
    readonly code: ErrorCode,
    readonly extra: Pick<ApiErrorBody, 'details' | 'retryAfter'> = {},
    status = STATUS_BY_CODE[code] ?? 400,
  ) {
    super(code, status);
  }
}

export const forbidden = () => new ApiException('forbidden');
export const notFound = () => new ApiException('not_found');
