import { HttpException, Logger, type ArgumentsHost, type ExceptionFilter, Catch, HttpStatus } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ApiErrorBody, ErrorCode, FieldProblem } from '@sstc/shared';
import { ApiException } from '../http/api.exception.js';
import { requestLanguage } from '../i18n/request-language.js';
import { errorMessage, fieldMessage } from '../i18n/translate.js';

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

/** The one place errors become responses: `{ code, message, details?, requestId }`, never a stack. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request>();
    const response = context.getResponse<Response>();
    const { status, body } = this.toBody(exception, request);
    if (status >= 500) this.logger.error({ requestId: request.requestId, error: String((exception as Error)?.stack ?? exception) });
    if (body.retryAfter) response.setHeader('Retry-After', String(body.retryAfter));
    if (!response.headersSent) response.status(status).json(body);
  }

  toBody(exception: unknown, request: Request): { status: number; body: ApiErrorBody } {
    const language = requestLanguage(request);
    const requestId = request.requestId ?? '';
    if (exception instanceof ApiException) {
      const details = exception.extra.details?.map((d) => ({ ...d, message: fieldMessage(d.code as FieldProblem, language) }));
      return {
        status: exception.getStatus(),
        body: {
          code: exception.code,
          message: errorMessage(exception.code, language, { seconds: exception.extra.retryAfter ?? 0 }),
          ...(details ? { details } : {}),
          ...(exception.extra.retryAfter ? { retryAfter: exception.extra.retryAfter } : {}),
          requestId,
        },
      };
    }
    const status = statusOf(exception);
    const code = bodyParserCode(exception) ?? CODE_BY_STATUS[status] ?? 'internal_error';
    const finalStatus = code === 'internal_error' ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    return { status: finalStatus, body: { code, message: errorMessage(code, language, { seconds: 60 }), requestId } };
  }
}

function statusOf(exception: unknown): number {
  if (exception instanceof HttpException) return exception.getStatus();
  const status = (exception as { status?: unknown })?.status;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/** body-parser reports its failures with a `type`; they are the caller's fault, not ours. */
function bodyParserCode(exception: unknown): ErrorCode | undefined {
  // Nest wraps body-parser's errors in an HttpException whose cause is the original.
  const error = exception as { type?: string; cause?: { type?: string } } | undefined;
  const type = error?.type ?? error?.cause?.type;
  if (type === undefined) return undefined;
  switch (type) {
    case 'entity.parse.failed':
      return 'malformed_json';
    case 'entity.too.large':
      return 'payload_too_large';
    case 'encoding.unsupported':
    case 'charset.unsupported':
    case 'request.aborted':
    case 'request.size.invalid':
    case 'stream.encoding.set':
      return 'validation_failed';
    default:
      return undefined;
  }
}
