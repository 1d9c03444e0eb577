import { Module } from '@nestjs/common';
import { MachineDraftsService } from './machine-drafts.service.js';
import { TranslationController } from './translation.controller.js';
import { TranslationPreferencesService } from './translation-preferences.service.js';
import { TranslationService } from './translation.service.js';

/**
 * Machine translation (LibreTranslate at TRANSLATION_URL; without it the feature is off): the
 * bounded, cached TranslationService that discussions and the content editors use, and the
 * reader's preference.
 */
@Module({
  controllers: [TranslationController],
  providers: [TranslationService, TranslationPreferencesService, MachineDraftsService],
  exports: [TranslationService, TranslationPreferencesService, MachineDraftsService],
})
export class TranslationModule {}
