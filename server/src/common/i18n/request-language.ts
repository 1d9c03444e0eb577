import type { Request } from 'express';
import { pickLanguage, type Language } from '@sstc/shared';

/** The caller's language: their profile's when signed in, else the browser's, else English. */
export function requestLanguage(request: Request): Language {
  return request.user?.language ?? pickLanguage(request.headers['accept-language']) ?? 'en';
}
