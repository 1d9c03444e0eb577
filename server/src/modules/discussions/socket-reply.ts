import { Logger } from '@nestjs/common';
import { MESSAGE_MAX_BYTES, MESSAGE_MAX_CHARS, type FieldProblem, type Language, type SocketErrorBody, type SocketReply } from '@sstc/shared';
import type { z } from 'zod';
import { ApiException } from '../../common/http/api.exception.js';
import { errorMessage, fieldMessage } from '../../common/i18n/translate.js';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';

const logger = new Logger('Discussions');

/** Runs a socket request; whatever goes wrong answers a translated error, never a thrown exception. */
export async function reply<T>(language: Language, work: () => Promise<T>): Promise<SocketReply<T>> {
  try {
    return { ok: true, data: await work() };
  } catch (error) {
    return { ok: false, error: toSocketError(error, language) };
  }
}

export function toSocketError(error: unknown, language: Language): SocketErrorBody {
  if (!(error instanceof ApiException)) {
    logger.error(String((error as Error)?.stack ?? error));
    return { code: 'internal_error', message: errorMessage('internal_error', language) };
  }
  const { retryAfter, details } = error.extra;
  const params = { seconds: retryAfter ?? 0, minutes: Math.ceil((retryAfter ?? 0) / 60), max: MESSAGE_MAX_CHARS };
  return {
    code: error.code,
    message: errorMessage(error.code, language, params),
    ...(retryAfter ? { retryAfter } : {}),
    ...(details ? { details: details.map((d) => ({ ...d, message: fieldMessage(d.code as FieldProblem, language) })) } : {}),
  };
}

/**
 * Parses a socket payload with its shared schema. A message text over the limit, or a payload over
 * 64 KB, is refused with its own clear error before any parsing (socket.io itself accepts up to 1 MB).
 */
export function parsePayload<T extends z.ZodType>(schema: T, payload: unknown): z.output<T> {
  const body = (payload as { body?: unknown } | null)?.body;
  if (typeof body === 'string' && body.trim().length > MESSAGE_MAX_CHARS) throw new ApiException('message_too_long', {}, 413);
  if (payloadBytes(payload) > MESSAGE_MAX_BYTES) throw new ApiException('payload_too_large');
  return new ZodValidationPipe(schema).transform(payload);
}

function payloadBytes(payload: unknown): number {
  try {
    return Buffer.byteLength(JSON.stringify(payload) ?? '');
  } catch {
    return Infinity;
  }
}
