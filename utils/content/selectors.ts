/**
 * Selectors shared by the always-loaded boot of the content script and its main part, kept in a
 * module of constants only so that the boot (entrypoints/emenscr.content/index.ts) imports a few
 * strings, not the checker or the guard (issue 12: the always-loaded script stays small).
 */

/** What a person fills in: a page with one of these may be a form screen (the checker decides). */
export const FIELD_SELECTOR =
  'input, select, textarea, [contenteditable=""], [contenteditable="true"], [role="combobox"], [role="listbox"], [role="slider"], [role="radiogroup"], [role="radio"], [role="checkbox"], [role="switch"], [role="spinbutton"], [role="textbox"]';

/**
 * Controls that act when activated (a send step is committed by one of them). A link without
 * href that acts through an inline `onclick` is one (legacy pages write `<a class="btn"
 * onclick="send()">`; a probe of 7 Dec sent the wrong approver through one unwarned).
 */
export const COMMIT_SELECTOR =
  'button, input[type="submit"], input[type="button"], input[type="image"], [role="button"], a[href], a[role="button"], a[onclick]';

/** Buttons (COMMIT_SELECTOR without plain links): a click on one may commit a send step that has no field. */
export const BUTTON_SELECTOR = 'button, input[type="submit"], input[type="button"], input[type="image"], [role="button"]';

/** Our own UI in the page (the panel's shadow host, marked nodes). */
export const OWN_UI_SELECTOR = 'emenscr-assistant, [data-emenscr-assistant]';
