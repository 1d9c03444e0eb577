import { HttpException } from '@nestjs/common';
import { ERROR_STATUS, type ApiErrorBody, type ErrorCode, type FieldProblem, type Language } from '@sstc/shared';
import { ApiException } from '../http/api.exception.js';
import { errorMessage, fieldMessage } from '../i18n/translate.js';

/** A failure as the caller reads it: HTTP adds the request id, a socket reply sends it as is. */
export type TranslatedError = Omit<ApiErrorBody, 'requestId'>;

const CODE_BY_STATUS: Record<number, ErrorCode> = {
  400: 'validation_failed',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  405: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  429: 'too_many_requests',
};

/**
 * The one translator of failures, shared by the HTTP exception filter and the socket replies:
 * the same code gives the same status, message and shape on both. `unexpected` is a failure of
 * ours (answered as internal_error, to be logged), not of the caller.
 */
export function translateError(error: unknown, language: Language): { status: number; body: TranslatedError; unexpected: boolean } {
  const exception = toApiException(error);
  const code = exception?.code ?? 'internal_error';
  const { details, retryAfter } = exception?.extra ?? {};
  return {
    status: ERROR_STATUS[code],
    body: {
      code,
      message: errorMessage(code, language, retryAfter),
      ...(details ? { details: details.map((d) => ({ ...d, message: fieldMessage(d.code as FieldProblem, language) })) } : {}),
      ...(retryAfter ? { retryAfter } : {}),
    },
    unexpected: !exception || code === 'internal_error',
  };
}

/** Our own exceptions as they are; Nest's and body-parser's by their status; anything else is ours. */
function toApiException(error: unknown): ApiException | undefined {
  if (error instanceof ApiException) return error;
  const status = statusOf(error);
  const code = bodyParserCode(error) ?? (status ? CODE_BY_STATUS[status] : undefined);
  if (!code) return undefined;
  // Nothing of ours says how long to wait; a minute is what a client should back off.
  return new ApiException(code, code === 'too_many_requests' ? { retryAfter: 60 } : {});
}

function statusOf(error: unknown): number | undefined {
  if (error instanceof HttpException) return error.getStatus();
  const status = (error as { status?: unknown } | undefined)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/** body-parser reports its failures with a `type`; they are the caller's fault, not ours. */
const BODY_PARSER_CODES = new Map<string, ErrorCode>([
  ['entity.parse.failed', 'malformed_json'],
  ['entity.too.large', 'payload_too_large'],
  ['encoding.unsupported', 'validation_failed'],
  ['charset.unsupported', 'validation_failed'],
  ['request.aborted', 'validation_failed'],
  ['request.size.invalid', 'validation_failed'],
  ['stream.encoding.set', 'validation_failed'],
]);

function bodyParserCode(error: unknown): ErrorCode | undefined {
  // Nest wraps body-parser's errors in an HttpException whose cause is the original.
  const failure = error as { type?: string; cause?: { type?: string } } | undefined;
  const type = failure?.type ?? failure?.cause?.type;
  return type === undefined ? undefined : BODY_PARSER_CODES.get(type);
}
