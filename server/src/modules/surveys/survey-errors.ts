import type { ErrorCode } from '@sstc/shared';
import { ApiException } from '../../common/http/api.exception.js';

/** The surveys module's own errors, with per-field details when there are any. */
export function surveyError(code: ErrorCode, details?: { path: string; code: string }[]): ApiException {
  return new ApiException(code, details ? { details: details.map((d) => ({ ...d, message: '' })) } : {});
}
