import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { iloRegionOf, localize, type PracticeFields } from '@sstc/shared';
import { CONFIG, type Config } from '../../config/config.js';
import { notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { JobsService } from '../jobs/jobs.service.js';
import { InterviewsService } from '../surveys/interviews.service.js';
import { User } from '../users/user.entity.js';
import { Practice } from './entities/practice.entity.js';
import { draftFromInitiative } from './initiative-draft.js';
import { PracticesService } from './practices.service.js';

/**
 * Closes the Academy's loop (learning → initiative → shared practice): an organizer turns a
 * participant's impact-assessment answer about their initiative into a draft practice, prefilled
 * from the answers, whose author is the participant, who is invited by email to complete it.
 */
@Injectable()
export class PracticeDraftsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly practices: PracticesService,
    private readonly interviews: InterviewsService,
    private readonly jobs: JobsService,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  /** The draft made from this interview's answer: made once; asking again returns the same draft. */
  async fromInterview(caller: RequestUser, interviewId: string): Promise<string> {
    const { userId, answers } = await this.interviews.initiativeAnswers(caller, interviewId);
    return this.dataSource.transaction(async (manager) => {
      // One draft per interview, also when two organizers click at once.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`practice-from-interview:${interviewId}`]);
      const existing = await manager.findOneBy(Practice, { sourceInterviewId: interviewId });
      if (existing) return existing.id;
      const author = await manager.findOneBy(User, { id: userId });
      if (!author) throw notFound();
      const fields: PracticeFields = {
        ...draftFromInitiative(answers, author.language, author.name),
        region: iloRegionOf(author.country) ?? 'global',
        themeIds: [],
        sdgs: [],
        periodStart: null,
        periodEnd: null,
        links: [],
        contactIds: [author.id],
      };
      const practiceId = await this.practices.create(caller, fields, manager, author.id);
      await manager.update(Practice, { id: practiceId }, { sourceInterviewId: interviewId });
      await this.jobs.send(
        'send-email',
        {
          key: `practice-invited:${practiceId}`,
          to: author.email,
          language: author.language,
          template: 'practice_invited',
          params: {
            name: author.name,
            title: localize(fields.title, author.language, fields.language),
            reviewer: caller.name,
            link: `${this.config.PUBLIC_URL}/practices/${practiceId}/edit`,
          },
        },
        {},
        manager,
      );
      return practiceId;
    });
  }
}
