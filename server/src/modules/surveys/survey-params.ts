import type { PipeTransform } from '@nestjs/common';
import { surveyKeySchema, tokenSchema } from '@sstc/shared';
import { ZodValidationPipe } from '../../common/pipes/zod-validation.pipe.js';
import { surveyError } from './survey-errors.js';

/** A malformed link is just an invalid link: the same clear page as an unknown one. */
export const SurveyTokenParam: PipeTransform<unknown, string> = {
  transform(value: unknown): string {
    const parsed = tokenSchema.safeParse(value);
    if (!parsed.success) throw surveyError('survey_link_invalid');
    return parsed.data;
  },
};

export const SurveyKeyParam = new ZodValidationPipe(surveyKeySchema);
