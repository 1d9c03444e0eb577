import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, type Relation } from 'typeorm';
import { PracticeTheme } from './practice-theme.entity.js';
import { Practice } from './practice.entity.js';

/** A practice's theme (a row per theme, so that the theme facet counts with one join). */
@Entity('practice_theme_links')
@Index('practice_theme_links_theme_idx', ['themeId'])
export class PracticeThemeLink {
  @PrimaryColumn('uuid', { name: 'practice_id' })
  practiceId: string;

  @PrimaryColumn('uuid', { name: 'theme_id' })
  themeId: string;

  @ManyToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice: Relation<Practice>;

  @ManyToOne(() => PracticeTheme, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'theme_id' })
  theme: Relation<PracticeTheme>;
}
