/**
 * "อื่นๆ (โปรดระบุ) [____]": a text box written right after a checkbox or radio option, for the
 * details of that option only. A person fills it when the option is chosen and leaves it empty
 * otherwise. A probe of 7 Dec, evening (Bootstrap 3 rows: a target-group checkbox "อื่นๆ (โปรดระบุ)" and
 * a status radio "อื่นๆ ระบุ", each followed by its box) reported both boxes empty on a complete
 * form, one named by the page's heading. Here: which option a box belongs to, and its name.
 *
 * A box belongs to an option when, in its own row, the nearest thing before it is the option
 * (`<input type=checkbox> อื่นๆ ระบุ <input>`), the option's label (`<label><input type=radio>
 * อื่นๆ</label> <input>`, or `<label for=…>`), or when the option's label holds it; and the option
 * reads as "other"/"specify" (อื่น, ระบุ, other, specify): a text box after a plain option is a
 * field of its own.
 */
import { textOf } from './dom';
import { nextLabel } from './labels/sibling';

const CHOICE = 'input[type="checkbox"], input[type="radio"]';
/** What an option's text says when a box after it is for its details. */
const SPECIFY_WORDS = /อื่น|ระบุ|\bother\b|\bspecify\b/i;
/** Element siblings looked at before the box (an empty span or a <br> may sit between). */
const MAX_SIBLINGS = 3;

const isChoice = (e: Element | null): e is HTMLInputElement => e instanceof HTMLInputElement && (e.type === 'checkbox' || e.type === 'radio');

/** The option a text box is for, when its text says "other"/"specify"; null otherwise. */
export function specifyOptionOf(el: Element): HTMLInputElement | null {
  if (!(el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) || isChoice(el)) return null;
  const option = optionBefore(el);
  return option && SPECIFY_WORDS.test(optionText(option)) ? option : null;
}

function optionBefore(el: Element): HTMLInputElement | null {
  // inside the option's own label: <label><input type=checkbox> อื่นๆ ระบุ <input></label>
  const label = el.closest('label');
  const inLabel = label?.querySelector(CHOICE) ?? null;
  if (isChoice(inLabel)) return inLabel;
  // the box alone in a wrapper (<span class="col"><input></span>): its wrapper's siblings
  let at: Element = el;
  if (!el.previousElementSibling && el.parentElement && el.parentElement.children.length === 1) at = el.parentElement;
  let sib = at.previousElementSibling;
  for (let i = 0; sib && i < MAX_SIBLINGS; i++, sib = sib.previousElementSibling) {
    if (isChoice(sib)) return sib;
    if (sib.tagName === 'LABEL') {
      const held = sib.querySelector(CHOICE);
      if (isChoice(held)) return held;
      const target = sib.getAttribute('for');
      const named = target ? sib.ownerDocument.getElementById(target) : null;
      return isChoice(named) ? named : null;
    }
    // a <br>, an empty span or icon: look past it; anything else ends the row
    if (sib.tagName !== 'BR' && (textOf(sib) || sib.querySelector('input, select, textarea'))) return null;
  }
  return null;
}

/**
 * The text a person reads for the option: its label's, or the text right after it. Not
 * labels/accessible's `optionLabel`: that falls back to the value attribute (often a code such as
 * "other", never shown), which would make a plain option read as "other".
 */
export function optionText(option: HTMLInputElement): string {
  const label = option.closest('label') ?? (option.id ? option.ownerDocument.querySelector(`label[for="${CSS.escape(option.id)}"]`) : null);
  if (label) {
    // the label may hold the box too: its own words only
    const words = textOf(label);
    if (words) return words;
  }
  return nextLabel(option);
}

/** The box's name: its option's text, when it is a "โปรดระบุ" box ('' otherwise). */
export function specifyLabel(el: Element): string {
  const option = specifyOptionOf(el);
  return option ? optionText(option) : '';
}
