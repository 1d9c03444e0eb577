import { Logger } from '@nestjs/common';
import { MESSAGE_MAX_BYTES, MESSAGE_MAX_CHARS, type Language, type SocketErrorBody, type SocketReply } from '@sstc/shared';
import type { z } from 'zod';
import { ApiException } from '../../common/http/api.exception.js';
import { translateError } from '../../common/filters/translate-error.js';
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

/** The same translation as the HTTP filter's, without the request id a socket reply has no use for. */
export function toSocketError(error: unknown, language: Language): SocketErrorBody {
  const { body, unexpected } = translateError(error, language);
  if (unexpected) logger.error(String((error as Error)?.stack ?? error));
  return body;
}

/**
 * Parses a socket payload with its shared schema. A message text over the limit, or a payload over
 * 64 KB, is refused with its own clear error before any parsing (socket.io itself accepts up to 1 MB).
 */
export function parsePayload<T extends z.ZodType>(schema: T, payload: unknown): z.output<T> {
  const body = (payload as { body?: unknown } | null)?.body;
  if (typeof body === 'string' && body.trim().length > MESSAGE_MAX_CHARS) throw new ApiException('message_too_long');
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
