import { HttpException } from '@nestjs/common';
import { ERROR_STATUS, type ApiErrorBody, type ErrorCode } from '@sstc/shared';

/** The exception every module throws: a stable code, its status from ERROR_STATUS, translated by the global filter. */
export class ApiException extends HttpException {
  constructor(
    readonly code: ErrorCode,
    readonly extra: Pick<ApiErrorBody, 'details' | 'retryAfter'> = {},
  ) {
    super(code, ERROR_STATUS[code]);
  }
}

export const forbidden = () => new ApiException('forbidden');
export const notFound = () => new ApiException('not_found');
