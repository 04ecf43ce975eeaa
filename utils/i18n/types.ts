/** The shapes of message sets: their own module, so that each set (./messages/*.ts) and the i18n system both import it without a loop. */
export interface PluralText {
  /** 1-based parameter whose number picks the form; default: the first number among the parameters */
  n?: number;
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}
export type Text = string | PluralText;
export type Dict = Record<string, Text>;
export interface MessageSet {
  th: Dict;
  en: Dict;
}
