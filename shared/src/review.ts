/**
 * The review states every reviewed document carries, as members see them on /account and the
 * CMS stores them in its private `reviewState` field: 草稿 `draft` → 待审核 `in_review` → 已通过
 * `approved`, or 需修改 `changes_requested` with the reviewer's note.
 */
export const REVIEW_STATES = ['draft', 'in_review', 'approved', 'changes_requested'] as const;
export type ReviewState = (typeof REVIEW_STATES)[number];
