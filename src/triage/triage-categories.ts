// The categories a message can get, apart so the category rules and triageText share them.
export const TRIAGE_CATEGORIES = ['crisis', 'medical', 'complaint', 'compliment', 'question', 'spam', 'other'] as const;
export type TriageCategory = (typeof TRIAGE_CATEGORIES)[number];
