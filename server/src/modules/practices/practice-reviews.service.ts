import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { localize, type EmailTemplate, type PracticeReviewAction } from '@sstc/shared';
import { CONFIG, type Config } from '../../config/config.js';
import { ApiException, forbidden, notFound } from '../../common/http/api.exception.js';
import type { RequestUser } from '../../common/http/request-user.js';
import { NotificationRecorder } from '../../common/notifications/notification-recorder.js';
import { PracticeReview } from './entities/practice-review.entity.js';
import { Practice } from './entities/practice.entity.js';
import { practiceAccess } from './practice-access.js';

const EMAILS: Record<PracticeReviewAction, EmailTemplate> = {
  submitted: 'practice_submitted',
  commented: 'practice_commented',
  changes_requested: 'practice_changes_requested',
  published: 'practice_published',
};

/**
 * The review of a practice: its author submits it; facilitators and organizers comment, request
 * changes (back to draft) or publish. Each step is recorded and notified to the author (by email
 * as they chose) in the step's own transaction, so a step that rolls back sends nothing.
 */
@Injectable()
export class PracticeReviewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationRecorder,
    @Inject(CONFIG) private readonly config: Config,
  ) {}

  submit(caller: RequestUser, practiceId: string): Promise<void> {
    return this.step(caller, practiceId, 'submitted', null, (practice) => {
      if (practice.submittedById !== caller.id) throw forbidden();
      if (practice.status !== 'draft') throw new ApiException('practice_wrong_status');
      practice.status = 'in_review';
      practice.submittedAt ??= new Date();
    });
  }

  comment(caller: RequestUser, practiceId: string, body: string): Promise<void> {
    return this.step(caller, practiceId, 'commented', body, (practice) => {
      if (practice.status === 'published') throw new ApiException('practice_wrong_status');
      if (!practiceAccess.canComment(caller, practice)) throw forbidden();
    });
  }

  requestChanges(caller: RequestUser, practiceId: string, body: string): Promise<void> {
    return this.step(caller, practiceId, 'changes_requested', body, (practice) => {
      this.assertReviewer(caller, practice);
      practice.status = 'draft';
    });
  }

  publish(caller: RequestUser, practiceId: string, body: string | null): Promise<void> {
    return this.step(caller, practiceId, 'published', body, (practice) => {
      this.assertReviewer(caller, practice);
      practice.status = 'published';
      practice.publishedAt = new Date();
    });
  }

  private assertReviewer(caller: RequestUser, practice: Practice): void {
    if (!practiceAccess.isReviewer(caller) || practice.submittedById === caller.id) throw forbidden();
    if (practice.status !== 'in_review') throw new ApiException('practice_wrong_status');
  }

  /** Locks the practice, checks and applies the step, records it and queues the author's email. */
  private async step(
    caller: RequestUser,
    practiceId: string,
    action: PracticeReviewAction,
    body: string | null,
    apply: (practice: Practice) => void,
  ): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const practice = await manager.findOne(Practice, { where: { id: practiceId }, lock: { mode: 'pessimistic_write' } });
      if (!practice || !practiceAccess.canRead(caller, practice)) throw notFound();
      apply(practice);
      await manager.save(practice);
      const review = await manager.save(PracticeReview, { practiceId, action, body, byId: caller.id });
      // The author's own comments are their answer to the reviewers: no email to themselves.
      if (action !== 'commented' || caller.id !== practice.submittedById) await this.tellAuthor(manager, practice, review, caller);
    });
  }

  /** The author's notification of the step, emailed at once unless they chose otherwise. */
  private async tellAuthor(manager: EntityManager, practice: Practice, review: PracticeReview, by: RequestUser): Promise<void> {
    const ids = await this.notifications.record(manager, {
      kind: 'practice_review',
      detail: review.action,
      recipientIds: [practice.submittedById],
      actorId: by.id,
      subjectId: review.id,
      title: practice.title,
      excerpt: review.body ?? '',
      link: `/practices/${practice.id}`,
      email: (author) => ({
        key: `practice-review:${review.id}`,
        template: EMAILS[review.action],
        params: {
          name: author.name,
          title: localize(practice.title, author.language, practice.language),
          reviewer: by.name,
          comment: review.body ?? '',
          link: `${this.config.PUBLIC_URL}/practices/${practice.id}`,
        },
      }),
    });
    await this.notifications.publishAfterCommit(manager, ids);
  }
}
