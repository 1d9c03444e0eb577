import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { TranslationSettings, UpdateTranslationPreferencesRequest } from '@sstc/shared';
import type { DataSource } from 'typeorm';
import { ApiException } from '../../common/http/api.exception.js';
import { CONFIG, type Config } from '../../config/config.js';
import { TranslationService } from './translation.service.js';

@Injectable()
export class TranslationPreferencesService {
  constructor(
    @Inject(CONFIG) private readonly config: Config,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly translation: TranslationService,
  ) {}

  async settings(userId: string): Promise<TranslationSettings> {
    return { enabled: this.translation.enabled, autoTranslate: await this.autoTranslate(userId), perMinute: this.config.TRANSLATION_READER_RATE };
  }

  async autoTranslate(userId: string): Promise<boolean> {
    if (!this.translation.enabled) return false;
    const rows = await this.dataSource.query<{ auto_translate: boolean }[]>(`SELECT auto_translate FROM translation_preferences WHERE user_id = $1`, [
      userId,
    ]);
    return rows[0]?.auto_translate ?? false;
  }

  async update(userId: string, { autoTranslate }: UpdateTranslationPreferencesRequest): Promise<void> {
    if (!this.translation.enabled) throw new ApiException('translation_disabled');
    await this.dataSource.query(
      `INSERT INTO translation_preferences (user_id, auto_translate) VALUES ($1, $2)
       ON CONFLICT (user_id) DO UPDATE SET auto_translate = EXCLUDED.auto_translate`,
      [userId, autoTranslate],
    );
  }
}
