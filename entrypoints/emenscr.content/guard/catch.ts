/**
 * Catching every way the page can commit its send step, in the capture phase on window
 * (before any page handler, which may ignore `defaultPrevented`): a click on a commit control
 * (mouse, keyboard on a native button, an access key), Enter / Space on a custom (role=button)
 * commit, the form's submit (Enter in a field, `requestSubmit()`), and a keyboard shortcut of
 * the page inside the step (Ctrl/⌘/Alt+Enter anywhere, Enter in a field when there is no form).
 * Redoing an action replays it once past the guard: the send happens exactly once.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Profile } from '@/utils/profile/schema';
import { eventElement, isNativeControl } from '@/utils/guard/dom';
import { controlOf, isOwnUi, openStep, stepAround, stepCommittedBy, type SendStep } from '@/utils/guard/step';

export type Action =
  | { kind: 'click'; el: HTMLElement; step: SendStep }
  | { kind: 'key'; el: Element; step: SendStep; key: KeyboardEventInit }
  | { kind: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null; step: SendStep };

/** What the guard does with a caught event: `find` names the action (null: not a send). */
export type Intercept = (e: Event, find: () => Action | null) => void;

/**
 * After a redo, the same step's further send events pass for this long: a page that submits a
 * moment after the click (setTimeout, a promise) must not be asked twice.
 */
const GRACE_MS = 2000;

/** Where Enter picks rather than commits. */
const CHOOSER_PARTS = 'select, option, [role="combobox"], [role="listbox"], [role="option"], [role="menu"], [role="menuitem"], [role="tree"], [role="grid"]';

export function stopEvent(e: Event): void {
  e.preventDefault();
  e.stopImmediatePropagation();
}

function keyInit(e: KeyboardEvent): KeyboardEventInit {
  return {
    key: e.key,
    code: e.code,
    keyCode: e.keyCode,
    which: e.which,
    ctrlKey: e.ctrlKey,
    metaKey: e.metaKey,
    altKey: e.altKey,
    shiftKey: e.shiftKey,
    bubbles: true,
    cancelable: true,
    composed: true,
  } as KeyboardEventInit;
}

export class Catcher {
  private bypass = false;
  private grace: { container: Element; chosen: string; until: number } | null = null;

  constructor(
    ctx: ContentScriptContext,
    private profile: () => Profile,
    private intercept: Intercept,
    /** every click and right-click, for the row the send starts from */
    private onPointer: (e: MouseEvent) => void,
  ) {
    const capture = { capture: true };
    ctx.addEventListener(window, 'click', this.onClick, capture);
    ctx.addEventListener(window, 'contextmenu', this.onPointer, capture);
    ctx.addEventListener(window, 'keydown', this.onKey, capture);
    ctx.addEventListener(window, 'keyup', this.onKey, capture);
    ctx.addEventListener(window, 'submit', this.onSubmit, capture);
  }

  /**
   * The step was just sent on the user's word: its send events pass for a moment, as long as the
   * same approver is chosen (a page that reuses its dialog for the next send is checked again).
   */
  inGrace(step: SendStep): boolean {
    const g = this.grace;
    return !!g && g.container === step.container && g.chosen === step.chooser.chosen && Date.now() < g.until;
  }

  private onClick = (e: MouseEvent): void => {
    if (this.bypass) return;
    this.onPointer(e);
    this.intercept(e, () => this.clickAction(e));
  };

  private clickAction(e: MouseEvent, at: Element | null = eventElement(e)): Action | null {
    const el = controlOf(at);
    if (!el || isOwnUi(el)) return null;
    const step = stepCommittedBy(el, this.profile());
    return step ? { kind: 'click', el, step } : null;
  }

  /**
   * The send action of an event caught before this guard was up (held by the content script's
   * boot), as the listener of its type would have named it; null: no send. `at` is the element
   * the event was dispatched to, taken during dispatch (after it, an event from inside a shadow
   * root has no target and an empty composed path).
   */
  actionOf(e: Event, at: Element | null): Action | null {
    if (e.type === 'click') return this.clickAction(e as MouseEvent, at);
    if (e.type === 'submit') return this.submitAction(e as SubmitEvent, at);
    if (e.type === 'keydown' || e.type === 'keyup') {
      const k = e as KeyboardEvent;
      const enter = k.key === 'Enter';
      const space = k.key === ' ' || k.key === 'Spacebar';
      if (enter ? k.type !== 'keydown' : !space || k.type !== 'keyup') return null;
      return this.keyAction(k, enter, at);
    }
    return null;
  }

  private onKey = (e: KeyboardEvent): void => {
    if (this.bypass || e.isComposing) return;
    const enter = e.key === 'Enter';
    const space = e.key === ' ' || e.key === 'Spacebar';
    // Enter acts on keydown, Space on keyup (as browsers and ARIA buttons do)
    if (enter ? e.type !== 'keydown' : !space || e.type !== 'keyup') return;
    this.intercept(e, () => this.keyAction(e, enter));
  };

  private keyAction(e: KeyboardEvent, enter: boolean, target: Element | null = eventElement(e)): Action | null {
    if (!target || isOwnUi(target)) return null;
    const profile = this.profile();
    const key = keyInit(e);
    const control = controlOf(target);
    // Enter / Space on a custom button (the browser clicks native ones: caught as a click)
    if (control && !isNativeControl(control)) {
      const step = stepCommittedBy(control, profile);
      if (step) return { kind: 'key', el: control, step, key };
    }
    if (!enter) return null;
    const modified = e.ctrlKey || e.metaKey || e.altKey;
    // a shortcut with focus nowhere in particular: the open send step
    if (modified && (target === document.body || target === document.documentElement)) {
      const step = openStep(document, profile);
      return step ? { kind: 'key', el: target, step, key } : null;
    }
    if (target.closest(CHOOSER_PARTS) || (control && isNativeControl(control))) return null;
    if (target.closest('form') && !modified) return null; // the form's submit is caught instead
    const textarea = target instanceof HTMLTextAreaElement || (target as HTMLElement).isContentEditable;
    if (textarea && !modified) return null;
    const step = stepAround(target, profile);
    return step ? { kind: 'key', el: target, step, key } : null;
  }

  private onSubmit = (e: SubmitEvent): void => {
    if (this.bypass) return;
    this.intercept(e, () => this.submitAction(e));
  };

  private submitAction(e: SubmitEvent, form: EventTarget | null = e.target): Action | null {
    if (!(form instanceof HTMLFormElement) || isOwnUi(form)) return null;
    const submitter = (e.submitter as HTMLElement | null) ?? null;
    const step = stepAround(form, this.profile());
    if (!step) return null;
    // another submit button of the send form ("บันทึกร่าง") is not a send
    if (submitter && !step.commits.includes(submitter)) return null;
    return { kind: 'submit', form, submitter, step };
  }

  /** Run the original action once more, past the guard. */
  redo(action: Action): void {
    this.bypass = true;
    this.grace = { container: action.step.container, chosen: action.step.chooser.chosen, until: Date.now() + GRACE_MS };
    try {
      if (action.kind === 'submit') {
        const s = action.submitter as HTMLButtonElement | null;
        if (s && s.isConnected && s.form === action.form) action.form.requestSubmit(s);
        else action.form.requestSubmit();
      } else if (action.kind === 'key') {
        const target = action.el.isConnected ? action.el : document.body;
        target.dispatchEvent(new KeyboardEvent('keydown', action.key));
        target.dispatchEvent(new KeyboardEvent('keyup', action.key));
      } else {
        action.el.click();
      }
    } catch (err) {
      console.warn('[eMENSCR Assistant] send guard: could not resend', err);
    } finally {
      this.bypass = false;
    }
  }
}
