import { Logger, type ArgumentsHost, type ExceptionFilter, Catch } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { ApiErrorBody } from '@sstc/shared';
import { requestLanguage } from '../i18n/request-language.js';
import { translateError } from './translate-error.js';

/** The one place HTTP errors become responses: `{ code, message, details?, requestId }`, never a stack. */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Http');

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request>();
    const response = context.getResponse<Response>();
    const { status, body, unexpected } = this.toBody(exception, request);
    if (unexpected) this.logger.error({ requestId: request.requestId, error: String((exception as Error)?.stack ?? exception) });
    if (body.retryAfter) response.setHeader('Retry-After', String(body.retryAfter));
    if (!response.headersSent) response.status(status).json(body);
  }

  toBody(exception: unknown, request: Request): { status: number; body: ApiErrorBody; unexpected: boolean } {
    const { status, body, unexpected } = translateError(exception, requestLanguage(request));
    return { status, body: { ...body, requestId: request.requestId ?? '' }, unexpected };
  }
}
