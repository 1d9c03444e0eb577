// Zod-free: the client imports these at run time without bundling zod (see ../values.ts).
export const LEARNING_RESOURCE_KINDS = ['link', 'document', 'video'] as const;
export type LearningResourceKind = (typeof LEARNING_RESOURCE_KINDS)[number];

export const PROGRESS_STATUSES = ['not_started', 'behind', 'on_track', 'completed'] as const;
export type ProgressStatus = (typeof PROGRESS_STATUSES)[number];

export const NEEDS_GROUPINGS = ['cohort', 'constituency_group', 'ilo_region'] as const;
export type NeedsGrouping = (typeof NEEDS_GROUPINGS)[number];
