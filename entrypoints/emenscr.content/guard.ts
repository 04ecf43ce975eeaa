/**
 * The send guard on the page ("อย่ากดส่งผิด"). Listens in the capture phase on window
 * for whatever would send the report: a click on the dialog's confirm control, Enter or
 * Space on a custom (role=button) control, or the dialog form's submit (Enter in a field,
 * requestSubmit). When the approver is not the budget type's recipient, the budget type
 * is unknown, or the report's last check had errors, the event is stopped and our
 * alertdialog asks; "ส่งต่อไป" re-runs the original action once, with the guard
 * bypassed. When all is right nothing is stopped. Any error inside fails open.
 *
 * Catching and deciding happen here, synchronously, in the always-loaded content script;
 * the dialog itself is drawn by the content UI loaded on first use (entrypoints/emenscr.content/ui.ts).
 * The send is already stopped while that loads; if it cannot load, the send goes ahead.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Profile } from '@/utils/profile/schema';
import type { SendState } from '@/utils/messages';
import type { LiveState } from '@/utils/content/live-checker';
import { KEYS, readSettings, DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import type { ContentUi } from '@/entrypoints/content-ui/api';
import type { UiLoader } from './ui';
import sendCheckCss from '@/components/send-check.css?inline';
import { decideSend, resolveBudgetType, type GuardDecision, type SendFacts } from '@/utils/guard/decide';
import { ProjectMemory, projectKeys, rememberedBudget, type ProjectRecord, type ProjectRef } from '@/utils/guard/memory';
import { projectOfSnapshot, summariseCheck } from '@/utils/guard/facts';
import {
  controlOf,
  eventElement,
  isNativeControl,
  isOwnUi,
  isSendControl,
  openSendContainer,
  pageProjectId,
  readRow,
  readSendDialog,
  sendContainerOf,
  type DialogRead,
  type RowNote,
} from '@/utils/guard/dom';
import { matchKey } from '@/utils/text';

export interface GuardOptions {
  ctx: ContentScriptContext;
  /** our shadow host (the panel's): the dialog renders inside its open shadow root */
  host: HTMLElement;
  profile: () => Profile;
  /** ask for a fresh check, so that panel and popup show what the guard learnt */
  recheck?: () => void;
  /** the content UI, which draws the dialog */
  ui: UiLoader;
}

export interface Guard {
  /**
   * Hook for the live checker's results: remembers the project's report check on the
   * progress report screen; on the send step returns what TabState.send should hold.
   */
  onResult(live: LiveState): SendState | undefined;
  dispose(): void;
}

type Action =
  | { kind: 'click' | 'key'; el: HTMLElement; container: Element }
  | { kind: 'submit'; form: HTMLFormElement; submitter: HTMLElement | null; container: Element };

interface Gathered {
  facts: SendFacts;
  ref: ProjectRef;
  dialog: DialogRead;
}

interface Pending {
  action: Action;
  gathered: Gathered;
  decision: GuardDecision;
  answered: boolean;
}

/** A row the send did not start from long ago is no evidence. */
const ROW_FRESH_MS = 30 * 60 * 1000;
/**
 * After "ส่งต่อไป", the same dialog's further send events pass for this long: a page that
 * submits a moment after the click (setTimeout, a promise) must not be asked twice.
 */
const GRACE_MS = 2000;
/** Rewrite an unchanged report check at most this often (its time moves on every keystroke). */
const CHECK_REWRITE_MS = 60 * 1000;

const warn = (what: string, e: unknown) =>
  console.warn(`[eMENSCR Assistant] send guard: ${what}; the send is not blocked`, e);

function stopEvent(e: Event): void {
  e.preventDefault();
  e.stopImmediatePropagation();
}

class SendGuard implements Guard {
  private memory = new ProjectMemory();
  private settings: Settings = DEFAULT_SETTINGS;
  private layer: HTMLElement;
  private pending: Pending | null = null;
  private bypass = false;
  private lastRow: RowNote | null = null;
  /** budget answers for dialogs whose project has no id or name */
  private sessionAnswers = new WeakMap<Element, string>();
  private grace: { container: Element; until: number } | null = null;
  /** the last checked screen was the send step */
  private onSendStep = false;
  private lastCheckSig = '';
  private lastCheckWrite = 0;

  constructor(private opts: GuardOptions) {
    const { ctx, host } = opts;
    const shadow = host.shadowRoot;
    this.layer = document.createElement('div');
    this.layer.className = 'ea-guard-layer';
    // our styles live in our shadow root only: SendCheck's (rendered by the panel) here,
    // the dialog's come with the content UI
    const style = document.createElement('style');
    style.textContent = sendCheckCss;
    (shadow ?? host).append(style, this.layer);

    void readSettings().then((s) => (this.settings = s));
    browser.storage.onChanged.addListener(this.onStorage);
    // what storage remembers may change the send step already shown (other screens do not show it)
    void this.memory.ready.then(() => {
      if (this.onSendStep) this.recheck();
    });

    const capture = { capture: true };
    ctx.addEventListener(window, 'click', this.onClick, capture);
    ctx.addEventListener(window, 'contextmenu', this.onContextMenu, capture);
    ctx.addEventListener(window, 'keydown', this.onKey, capture);
    ctx.addEventListener(window, 'keyup', this.onKey, capture);
    ctx.addEventListener(window, 'submit', this.onSubmit, capture);
    ctx.addEventListener(window, 'focusin', this.onFocusIn, capture);
    ctx.onInvalidated(() => this.dispose());
  }

  dispose(): void {
    browser.storage.onChanged.removeListener(this.onStorage);
    this.memory.dispose();
    try {
      this.opts.ui.now()?.closeGuardDialog(this.layer);
    } catch {
      /* already gone */
    }
  }

  private profile(): Profile {
    return this.opts.profile();
  }

  private recheck(): void {
    try {
      this.opts.recheck?.();
    } catch {
      /* the checker is not up yet */
    }
  }

  private onStorage = (changes: Record<string, unknown>, area: string): void => {
    if (area === 'local' && changes[KEYS.settings]) void readSettings().then((s) => (this.settings = s));
  };

  /**
   * Test-only: storage.local['debug:guardThrows'] = true | 'decide' | 'show' makes the guard throw
   * there; 'load' makes loading the dialog fail.
   */
  private throwIfDebug(stage: 'decide' | 'show'): void {
    if (!__TEST_HOOKS__) return;
    const v = this.memory.debugThrows;
    if (v === stage || (v === true && stage === 'decide')) throw new Error(`debug:guardThrows (${stage})`);
  }

  // ---------- which event sends ----------

  private onClick = (e: MouseEvent): void => {
    if (this.bypass) return;
    this.noteRow(e);
    this.intercept(e, () => {
      const el = controlOf(eventElement(e));
      if (!el || isOwnUi(el) || !isSendControl(el, this.profile())) return null;
      const container = sendContainerOf(el, this.profile());
      return container ? { kind: 'click', el, container } : null;
    });
  };

  private onKey = (e: KeyboardEvent): void => {
    if (this.bypass || e.isComposing) return;
    const activates = (e.type === 'keydown' && (e.key === 'Enter' || e.key === ' ')) || (e.type === 'keyup' && e.key === ' ');
    if (!activates) return;
    this.intercept(e, () => {
      const el = controlOf(eventElement(e));
      // on native controls the browser turns the key into a click, caught there
      if (!el || isNativeControl(el) || isOwnUi(el) || !isSendControl(el, this.profile())) return null;
      const container = sendContainerOf(el, this.profile());
      return container ? { kind: 'key', el, container } : null;
    });
  };

  private onSubmit = (e: SubmitEvent): void => {
    if (this.bypass) return;
    this.intercept(e, () => {
      const form = e.target;
      if (!(form instanceof HTMLFormElement) || isOwnUi(form)) return null;
      const submitter = (e.submitter as HTMLElement | null) ?? null;
      // another submit button of the send form ("บันทึกร่าง") is not a send
      if (submitter && !isSendControl(submitter, this.profile())) return null;
      const container = sendContainerOf(form, this.profile());
      return container ? { kind: 'submit', form, submitter, container } : null;
    });
  };

  /** While our dialog is up, a page focus trap must not pull focus back into its own dialog. */
  private onFocusIn = (e: FocusEvent): void => {
    if (this.pending && e.target === this.opts.host) e.stopImmediatePropagation();
  };

  private onContextMenu = (e: MouseEvent): void => {
    this.noteRow(e);
  };

  // ---------- deciding ----------

  private intercept(e: Event, find: () => Action | null): void {
    let action: Action | null = null;
    let stopped = false;
    try {
      action = find();
      if (!action) return;
      if (this.grace && this.grace.container === action.container && Date.now() < this.grace.until) return;
      this.throwIfDebug('decide');
      if (this.pending) {
        // our dialog is already asking about this send
        stopEvent(e);
        return;
      }
      if (!this.memory.loaded) {
        stopEvent(e);
        stopped = true;
        const later = action;
        void this.memory.ready.then(() => this.decideLater(later));
        return;
      }
      const gathered = this.gather(action.container);
      const decision = decideSend(gathered.facts, this.profile());
      if (decision.action === 'pass') return;
      stopEvent(e);
      stopped = true;
      this.show({ action, gathered, decision, answered: false });
    } catch (err) {
      warn('internal error', err);
      if (stopped && action) this.failOpen(action);
    }
  }

  private decideLater(action: Action): void {
    try {
      const gathered = this.gather(action.container);
      const decision = decideSend(gathered.facts, this.profile());
      if (decision.action === 'pass') this.redo(action);
      else this.show({ action, gathered, decision, answered: false });
    } catch (err) {
      warn('internal error', err);
      this.failOpen(action);
    }
  }

  private failOpen(action: Action): void {
    try {
      this.close();
    } catch {
      /* nothing to close */
    }
    this.redo(action);
  }

  /** The row the send started from, if it is recent and the dialog does not contradict it. */
  private rowFor(dialog: DialogRead): RowNote | null {
    const row = this.lastRow;
    if (!row || Date.now() - row.at > ROW_FRESH_MS) return null;
    if (dialog.id && row.id && dialog.id !== row.id) return null;
    if (!dialog.id && dialog.name && row.name && matchKey(dialog.name) !== matchKey(row.name)) return null;
    return row;
  }

  private gather(container: Element): Gathered {
    const profile = this.profile();
    const dialog = readSendDialog(container, profile);
    const row = this.rowFor(dialog);
    const ref: ProjectRef = { id: dialog.id ?? row?.id ?? null, name: dialog.name ?? row?.name ?? null };
    const record = this.memory.recall(ref);
    // a budget type the page shows is remembered for the project's later sends
    const shown = dialog.budgetType ?? row?.budgetType ?? null;
    if (shown && record?.budgetType !== shown) {
      this.memory.remember(ref, { budgetType: shown, budgetFrom: 'screen', budgetAt: Date.now() });
    }
    const answer = this.sessionAnswers.get(container);
    const remembered = rememberedBudget(record) ?? (answer ? { budgetType: answer, from: 'answer' as const } : null);
    const budget = resolveBudgetType(
      { dialog: dialog.budgetType, row: row?.budgetType ?? null, remembered, settings: this.settings.defaultBudgetType },
      profile,
    );
    return { facts: { recipient: dialog.recipient.text, budget, lastCheck: record?.check ?? null }, ref, dialog };
  }

  // ---------- the dialog ----------

  /** Ask with our dialog. The event is stopped already; `pending` swallows repeats while the dialog loads. */
  private show(p: Pending): void {
    this.pending = p;
    this.throwIfDebug('show');
    const focus = p.answered && p.decision.problems.length === 0 ? 'proceed' : 'back';
    const failLoad = __TEST_HOOKS__ && this.memory.debugThrows === 'load';
    const ui = failLoad ? null : this.opts.ui.now();
    if (ui) {
      this.draw(ui, p);
      this.focusIn(focus);
      return;
    }
    // the first dialog of the page: load it, or fail open
    (failLoad ? Promise.reject(new Error('debug:guardThrows (load)')) : this.opts.ui.load())
      .then((loaded) => {
        if (this.pending !== p) return;
        this.draw(loaded, p);
        this.focusIn(focus);
      })
      .catch((err) => {
        warn('could not show the dialog', err);
        if (this.pending === p) this.failOpen(p.action);
      });
  }

  /** Throws when the dialog cannot be shown where the user can reach it: the callers fail open. */
  private draw(ui: ContentUi, p: Pending): void {
    const reachable = ui.showGuardDialog(this.layer, {
      decision: p.decision,
      recipient: p.gathered.facts.recipient,
      profile: this.profile(),
      answered: p.answered,
      onBack: this.back,
      onProceed: this.proceed,
      onAnswer: this.answer,
    });
    if (!reachable) throw new Error('the dialog cannot be reached');
  }

  private focusIn(which: 'back' | 'proceed'): void {
    (this.layer.querySelector(`[data-guard="${which}"]`) as HTMLElement | null)?.focus();
  }

  private close(): void {
    this.pending = null;
    this.opts.ui.now()?.closeGuardDialog(this.layer);
  }

  private back = (): void => {
    const p = this.pending;
    try {
      this.close();
      if (!p) return;
      const wrongRecipient = p.decision.problems.some((x) => x === 'mismatch' || x === 'unknownRecipient' || x === 'unknownBudget');
      const target =
        (wrongRecipient ? p.gathered.dialog.recipient.element : null) ??
        (p.action.kind === 'submit' ? p.action.submitter : p.action.el);
      (target as HTMLElement | null)?.focus?.();
    } catch (err) {
      warn('could not return to the form', err);
    }
  };

  private proceed = (): void => {
    const p = this.pending;
    if (!p) return;
    try {
      this.close();
    } catch (err) {
      warn('could not close the dialog', err);
    }
    this.redo(p.action);
  };

  private answer = (budgetTypeId: string): void => {
    const p = this.pending;
    if (!p) return;
    try {
      if (projectKeys(p.gathered.ref).length) {
        this.memory.remember(p.gathered.ref, { budgetType: budgetTypeId, budgetFrom: 'answer', budgetAt: Date.now() });
      } else {
        this.sessionAnswers.set(p.action.container, budgetTypeId);
      }
      const gathered = this.gather(p.action.container);
      // the page may show nothing, but the user has just said it
      if (!gathered.facts.budget.budgetType) gathered.facts.budget = { budgetType: budgetTypeId, source: 'answer' };
      const decision = decideSend(gathered.facts, this.profile());
      this.show({ action: p.action, gathered, decision, answered: true });
      this.recheck();
    } catch (err) {
      warn('internal error', err);
      this.failOpen(p.action);
    }
  };

  /** Run the original action once more, past the guard: the send happens exactly once. */
  private redo(action: Action): void {
    this.bypass = true;
    this.grace = { container: action.container, until: Date.now() + GRACE_MS };
    try {
      if (action.kind === 'submit') {
        const s = action.submitter as HTMLButtonElement | null;
        if (s && s.isConnected && s.form === action.form) action.form.requestSubmit(s);
        else action.form.requestSubmit();
      } else {
        action.el.click();
      }
    } catch (err) {
      warn('could not resend', err);
    } finally {
      this.bypass = false;
    }
  }

  // ---------- learning about projects ----------

  /** Remember the row a right-click or click happened in (the send list's project). */
  private noteRow(e: Event): void {
    try {
      const el = eventElement(e);
      if (!el || isOwnUi(el)) return;
      const note = readRow(el, this.profile(), Date.now());
      if (!note) return;
      const prev = this.lastRow;
      if (prev && note.id && prev.id === note.id) {
        note.name ??= prev.name;
        note.budgetType ??= prev.budgetType;
      }
      this.lastRow = note;
      if (note.budgetType) {
        const ref = { id: note.id, name: note.name };
        if (this.memory.recall(ref)?.budgetType !== note.budgetType) {
          this.memory.remember(ref, { budgetType: note.budgetType, budgetFrom: 'screen', budgetAt: Date.now() });
        }
      }
    } catch (err) {
      warn('could not read the row', err);
    }
  }

  /** On the progress report form: remember its last check (errors) and budget type for the project. */
  private rememberCheck(live: LiveState, profile: Profile): void {
    const { name, budgetType } = projectOfSnapshot(live.snapshot, profile);
    const ref: ProjectRef = { id: pageProjectId(document), name };
    const keys = projectKeys(ref);
    if (!keys.length) return;
    const check = summariseCheck(live.result);
    const sig = JSON.stringify([keys, check.errors, budgetType]);
    const now = Date.now();
    if (sig === this.lastCheckSig && now - this.lastCheckWrite < CHECK_REWRITE_MS) return;
    this.lastCheckSig = sig;
    this.lastCheckWrite = now;
    const patch: Partial<ProjectRecord> = { check };
    if (budgetType && this.memory.recall(ref)?.budgetType !== budgetType) {
      Object.assign(patch, { budgetType, budgetFrom: 'screen', budgetAt: now });
    }
    this.memory.remember(ref, patch);
  }

  onResult(live: LiveState): SendState | undefined {
    try {
      const profile = this.profile();
      if (live.screen.id === 'progressReport') this.rememberCheck(live, profile);
      this.onSendStep = live.screen.id === 'sendDialog';
      if (!this.onSendStep) return undefined;
      const container = openSendContainer(document, profile);
      if (!container) return undefined;
      const gathered = this.gather(container);
      const d = decideSend(gathered.facts, profile);
      const budgetName = profile.budgetTypes.find((b) => b.id === d.budget.budgetType)?.name ?? null;
      const state: SendState = {
        budgetType: d.budget.budgetType,
        budgetName,
        budgetSource: d.budget.source,
        recipient: gathered.facts.recipient,
        verdict: d.check.verdict,
        reason: d.check.reason,
        expected: d.check.expected,
      };
      if (d.unmet) state.unmet = { errors: d.unmet.errors.length, checkedAt: d.unmet.checkedAt };
      return state;
    } catch (err) {
      warn('could not read the send step', err);
      return undefined;
    }
  }
}

/** Start the send guard (content script, once). Never throws: a guard that cannot start stays out of the way. */
export function mountGuard(opts: GuardOptions): Guard {
  try {
    return new SendGuard(opts);
  } catch (err) {
    warn('not started', err);
    return { onResult: () => undefined, dispose: () => {} };
  }
}
