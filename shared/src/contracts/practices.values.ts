// Zod-free: the client imports these at run time without bundling zod (see values.ts).
import { ILO_REGIONS } from '../domain.values.js';

/** Where a practice took place: one of the ILO regions, or several at once ("global"). */
export const PRACTICE_REGIONS = [...ILO_REGIONS, 'global'] as const;
export type PracticeRegion = (typeof PRACTICE_REGIONS)[number];

/** A practice is written as a draft, submitted for review, then published for everyone. "Request changes" returns it to draft. */
export const PRACTICE_STATUSES = ['draft', 'in_review', 'published'] as const;
export type PracticeStatus = (typeof PRACTICE_STATUSES)[number];

/** The 17 Sustainable Development Goals, by number. */
export const SDGS = Array.from({ length: 17 }, (_, index) => index + 1);

/** What happened in a practice's review, in order: each step is shown to the author and the reviewers, and mailed to the author. */
export const PRACTICE_REVIEW_ACTIONS = ['submitted', 'commented', 'changes_requested', 'published'] as const;
export type PracticeReviewAction = (typeof PRACTICE_REVIEW_ACTIONS)[number];

export const PRACTICE_LINK_KINDS = ['link', 'document'] as const;
export type PracticeLinkKind = (typeof PRACTICE_LINK_KINDS)[number];

/** Results per page of the practices list: small, for phones on slow networks. */
export const PRACTICES_PAGE_SIZE = 10;

/** Files of a practice: at most this many, each at most this large (PDF, office documents, images). */
export const PRACTICE_DOCUMENTS_MAX = 10;
export const PRACTICE_DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
