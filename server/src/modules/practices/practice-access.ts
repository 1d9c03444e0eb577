import type { Practice } from './entities/practice.entity.js';
import type { RequestUser } from '../../common/http/request-user.js';

/**
 * Who may do what with a practice. Published practices are for everyone signed in; a draft never
 * submitted is its author's alone (organizers, who run the platform, see everything); once
 * submitted, the reviewers (facilitators and organizers) follow it, also while it is back in draft
 * for changes. Nobody reviews their own practice.
 */
export const practiceAccess = {
  isReviewer: (caller: RequestUser) => caller.role === 'facilitator' || caller.role === 'organizer',
  canRead(caller: RequestUser, practice: Practice): boolean {
    if (practice.status === 'published' || practice.submittedById === caller.id || caller.role === 'organizer') return true;
    return practice.submittedAt !== null && this.isReviewer(caller);
  },
  canEdit: (caller: RequestUser, practice: Practice) =>
    (practice.submittedById === caller.id && practice.status === 'draft') || caller.role === 'organizer',
  canSubmit: (caller: RequestUser, practice: Practice) => practice.submittedById === caller.id && practice.status === 'draft',
  canReview(caller: RequestUser, practice: Practice): boolean {
    return this.isReviewer(caller) && practice.status === 'in_review' && practice.submittedById !== caller.id;
  },
  /** The author answers the reviewers while the practice is not published; reviewers comment while it is in review. */
  canComment(caller: RequestUser, practice: Practice): boolean {
    if (practice.status === 'published') return false;
    return practice.submittedById === caller.id || this.canReview(caller, practice);
  },
};
