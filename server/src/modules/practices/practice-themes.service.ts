import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { PracticeTheme as PracticeThemeDto, PracticeThemeInput } from '@sstc/shared';
import { ApiException, notFound } from '../../common/http/api.exception.js';
import { isUniqueViolation } from '../../common/http/validation.js';
import { PracticeTheme } from './entities/practice-theme.entity.js';
import { PracticeSearchRepository } from './practice-search.repository.js';

/** The managed list of themes (organizers): a renamed theme is searched under its new names at once. */
@Injectable()
export class PracticeThemesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly search: PracticeSearchRepository,
  ) {}

  async create(input: PracticeThemeInput): Promise<PracticeThemeDto> {
    try {
      const { id, key, name } = await this.dataSource.getRepository(PracticeTheme).save({ key: input.key, name: input.name });
      return { id, key, name };
    } catch (error) {
      throw isUniqueViolation(error, 'practice_themes_key_key') ? keyTaken() : error;
    }
  }

  async update(themeId: string, input: PracticeThemeInput): Promise<PracticeThemeDto> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const theme = await manager.findOne(PracticeTheme, { where: { id: themeId }, lock: { mode: 'pessimistic_write' } });
        if (!theme) throw notFound();
        const { id, key, name } = await manager.save(Object.assign(theme, input));
        await this.search.refresh(manager, await this.search.withTheme(manager, id));
        return { id, key, name };
      });
    } catch (error) {
      throw isUniqueViolation(error, 'practice_themes_key_key') ? keyTaken() : error;
    }
  }
}

function keyTaken(): ApiException {
  return new ApiException('code_taken', { details: [{ path: 'key', code: 'invalid', message: '' }] });
}
