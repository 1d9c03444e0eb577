import { Controller, Get, Put } from '@nestjs/common';
import {
  translationSettingsSchema,
  updateTranslationPreferencesRequestSchema,
  type TranslationSettings,
  type UpdateTranslationPreferencesRequest,
} from '@sstc/shared';
import { Caller } from '../../common/decorators/access.decorators.js';
import { Returns, ValidBody } from '../../common/decorators/contract.decorators.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { TranslationPreferencesService } from './translation-preferences.service.js';

/** Whether the platform translates, and the caller's own setting: any signed-in person, about themselves only. */
@Controller('translation')
export class TranslationController {
  constructor(private readonly preferences: TranslationPreferencesService) {}

  @Get()
  @Returns(translationSettingsSchema)
  settings(@Caller() caller: RequestUser): Promise<TranslationSettings> {
    return this.preferences.settings(caller.id);
  }

  @Put('preferences')
  @Returns(translationSettingsSchema)
  async update(@Caller() caller: RequestUser, @ValidBody(updateTranslationPreferencesRequestSchema) body: UpdateTranslationPreferencesRequest) {
    await this.preferences.update(caller.id, body);
    return this.preferences.settings(caller.id);
  }
}
