/**
 * What the library page and its import panel share: the import waiting for the user's choices,
 * and the list's page size (its own module, so that the panel does not import the page that
 * draws it).
 */
import type { Msg } from '@/utils/i18n';
import type { Snippet } from '@/utils/snippets/schema';
import type { MergePlan } from '@/utils/snippets/io';

export interface PendingImport {
  plan: MergePlan;
  existing: Snippet[];
  /** at most 10 lines, then "และอีก 49,990 รายการ" (utils/snippets/io warningLines) */
  warnings: Msg[];
}

/**
 * Snippets drawn at once, and how many more each "แสดงเพิ่ม" adds: drawing 5,000 list items
 * in one render is itself a long task (bounded like the import; search finds the rest).
 */
export const LIST_PAGE = 100;
