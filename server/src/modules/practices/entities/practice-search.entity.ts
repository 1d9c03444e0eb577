import { Column, Entity, Index, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Practice } from './practice.entity.js';

/**
 * The practice's text as PostgreSQL full-text documents, one per language configuration
 * (sstc_english, sstc_spanish, sstc_french, sstc_portuguese: the language's stemmer after
 * `unaccent`, made by the AddPractices migration). Rewritten with the practice in the same
 * transaction (PracticeSearchRepository.refresh). Their GIN indexes are made by the migration too:
 * TypeORM cannot declare GIN, so `synchronize: false` keeps it from dropping them.
 */
@Entity('practice_search')
@Index('practice_search_english_idx', { synchronize: false })
@Index('practice_search_spanish_idx', { synchronize: false })
@Index('practice_search_french_idx', { synchronize: false })
@Index('practice_search_portuguese_idx', { synchronize: false })
export class PracticeSearch {
  @PrimaryColumn('uuid', { name: 'practice_id' })
  practiceId: string;

  @OneToOne(() => Practice, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'practice_id' })
  practice: Relation<Practice>;

  @Column('tsvector')
  english: string;

  @Column('tsvector')
  spanish: string;

  @Column('tsvector')
  french: string;

  @Column('tsvector')
  portuguese: string;
}
