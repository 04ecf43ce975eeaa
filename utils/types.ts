/** Plain data passed between pipeline stages and extension contexts. */

export type FieldKind =
  | 'text' // input text/number/tel/email…, textarea
  | 'select' // native <select>
  | 'radio' // a group of native radios or role=radio items
  | 'checkbox' // one checkbox or role=checkbox / switch
  | 'slider' // input[type=range] or role=slider
  | 'combobox' // role=combobox (custom dropdown)
  | 'richtext'; // contenteditable / role=textbox div

export interface FieldSnapshot {
  /** id for this scan only ("f0", "f1", …); maps back to an element in the content script. */
  key: string;
  /** visible Thai label, whitespace collapsed; '' when nothing was found. */
  label: string;
  kind: FieldKind;
  /** what the user sees as the value: text, chosen option text, checked radio's label, slider number. */
  value: string;
  /** true when the value counts as "not filled" (blank, placeholder option, nothing chosen). */
  empty: boolean;
  /** slider / numeric value when the field has one. */
  number?: number;
  /** whether the user can change it (read-only fields are kept as context, never reported empty). */
  editable: boolean;
  required: boolean;
  /** section headings from the outermost to the innermost. */
  section: string[];
  /** option texts for select / radio / combobox. */
  options?: string[];
  /** checkbox state. */
  checked?: boolean;
  /**
   * The field chooses what an add button beside it puts in a list, and the list has these
   * entries (as shown): an empty chooser is then answered (utils/collect/adder.ts).
   */
  added?: string[];
  /**
   * The profile concept (a key of `Profile.fields`) this field is, when a correction said
   * so (utils/corrections); rules find such a field by concept before guessing from labels.
   */
  concept?: import('@/utils/corrections/constants').Concept;
}

export interface FormSnapshot {
  url: string;
  title: string;
  /** visible headings of the page, in order (used to classify the screen). */
  headings: string[];
  fields: FieldSnapshot[];
  /** what the page states around the form (header, project summary, breadcrumb) */
  context?: PageContext;
}

export interface PageContext {
  /** fiscal year (Buddhist era) stated on the page outside form fields */
  fiscalYear?: number;
}

/**
 * M1 = linkage, M2 = generalInfo, M3 = projectDetails, M4 = activities, M5 = spendingPlan,
 * M6 = progressReport (step names of circular 000 §1; see utils/classify/screens.ts).
 */
export type ScreenId =
  | 'progressReport'
  | 'linkage'
  | 'generalInfo'
  | 'projectDetails'
  | 'activities'
  | 'spendingPlan'
  | 'sendDialog'
  | 'projectList'
  | 'other';

export interface Screen {
  id: ScreenId;
  /** fiscal year (Buddhist era) if known from the form or the page. */
  fiscalYear?: number;
}

export type Severity = 'error' | 'warning';

export interface Finding {
  /** stable id: rule + subject, used as a list key and by tests. */
  id: string;
  rule: string;
  severity: Severity;
  /** field keys this finding is about (first one gets focus). */
  fieldKeys: string[];
  /** what the finding is about, as the user sees it: field label or plan name. */
  subject: string;
  /** message id in utils/i18n messages, with its substitutions. */
  message: string;
  params?: string[];
}

export interface CheckResult {
  screen: Screen;
  findings: Finding[];
  /** number of fields looked at, for the "all good" summary. */
  fieldCount: number;
  checkedAt: number;
}
