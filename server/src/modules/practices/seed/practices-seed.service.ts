import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { PracticeContact } from '../entities/practice-contact.entity.js';
import { PracticeThemeLink } from '../entities/practice-theme-link.entity.js';
import { PracticeTheme } from '../entities/practice-theme.entity.js';
import { Practice } from '../entities/practice.entity.js';
import { PracticeSearchRepository } from '../practice-search.repository.js';
import { DEMO_PRACTICES, DEMO_THEMES } from './demo-practices.js';

/** The demo's good practices and their themes, loaded inside the demo seed's transaction (which holds its advisory lock). */
@Injectable()
export class PracticesSeedService {
  constructor(private readonly search: PracticeSearchRepository) {}

  async seed(manager: EntityManager, submittedById: string, contactIds: string[], now = new Date()): Promise<void> {
    const themes = await manager.save(
      PracticeTheme,
      DEMO_THEMES.map(({ key, name }) => ({ key, name })),
    );
    const themeId = new Map(themes.map((theme) => [theme.key, theme.id]));
    const practices = await manager.save(
      Practice,
      DEMO_PRACTICES.map(({ themes: _themes, ...practice }) => ({
        ...practice,
        language: 'en' as const,
        description: {},
        links: [],
        status: 'published' as const,
        submittedById,
        publishedAt: now,
      })),
    );
    await manager.insert(
      PracticeThemeLink,
      practices.flatMap((practice, index) => DEMO_PRACTICES[index]!.themes.map((key) => ({ practiceId: practice.id, themeId: themeId.get(key)! }))),
    );
    if (contactIds.length)
      await manager.insert(
        PracticeContact,
        practices.flatMap((practice) => contactIds.map((userId, position) => ({ practiceId: practice.id, userId, position }))),
      );
    await this.search.refresh(
      manager,
      practices.map((practice) => practice.id),
    );
  }
}
