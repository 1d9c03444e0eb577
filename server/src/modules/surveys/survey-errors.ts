import type { ErrorCode } from '@sstc/shared';
import { ApiException } from '../../common/http/api.exception.js';

const STATUS: Partial<Record<ErrorCode, number>> = {
  survey_link_invalid: 404,
  survey_closed: 410,
  survey_already_submitted: 409,
  survey_locked: 409,
  survey_translation_missing: 422,
  distribution_locked: 409,
};

/** The surveys module's own errors, with their HTTP status. */
export function surveyError(code: ErrorCode, details?: { path: string; code: string }[]): ApiException {
  return new ApiException(code, details ? { details: details.map((d) => ({ ...d, message: '' })) } : {}, STATUS[code]);
}
