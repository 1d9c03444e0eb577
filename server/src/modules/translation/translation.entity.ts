import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { Language } from '@sstc/shared';

/**
 * One cached machine translation: the SHA-256 of the source text, its language, the target and the
 * engine's version. A text edited hashes differently, so it is translated again; an upgraded engine
 * does not reuse the older engine's work. Rows hold no reference to where the text came from: the
 * owner of the text deletes them with it (TranslationService.forget); the primary key starts with
 * the hash, which serves those deletes too.
 */
@Entity('translations')
export class Translation {
  @PrimaryColumn('char', { name: 'source_hash', length: 64 })
  sourceHash: string;

  @PrimaryColumn('varchar', { name: 'source_language', length: 2 })
  sourceLanguage: Language;

  @PrimaryColumn('varchar', { name: 'target_language', length: 2 })
  targetLanguage: Language;

  @PrimaryColumn('varchar', { name: 'engine_version', length: 60 })
  engineVersion: string;

  /** Null while one server instance is asking the engine (a claim): the others wait for its text. */
  @Column('text', { name: 'translated_text', nullable: true })
  translatedText: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
