/**
 * The send guard on the page ("อย่ากดส่งผิด"), in four parts:
 * - catch.ts: every way the page's send step can be committed, caught in the capture phase,
 *   and replayed once on the user's word;
 * - gather.ts: the facts of the send from the live page (chosen approver, project, budget type);
 * - remember.ts: what is learnt for later sends (the list row, the report's last check, answers);
 * - show.ts: the dialog that holds a send, the notice that says whom to choose.
 * The step itself is recognised by structure (utils/guard/step.ts), the decision is pure
 * (utils/guard/decide.ts).
 *
 * When the approver is not the budget type's recipient, the budget type is unknown, or the
 * report's last check had errors, the event is stopped and our dialog asks; "ส่งต่อไป" re-runs
 * the original action once. When all is right nothing is stopped; when no approver is chosen
 * nothing is stopped either and a notice says whom to choose. Any error fails open: a send
 * that the guard stopped goes through exactly once.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Profile } from '@/utils/profile/schema';
import type { SendState } from '@/utils/messages';
import type { LiveState } from '@/utils/content/live-checker';
import { KEYS, readSettings, DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import type { UiLoader } from '../ui';
import sendCheckCss from '@/components/send-check.css?inline';
import { decideSend, type GuardDecision } from '@/utils/guard/decide';
import { ProjectMemory } from '@/utils/guard/memory';
import { openStep, type SendStep } from '@/utils/guard/step';
import { Catcher, stopEvent, type Action } from './catch';
import { gather, type Gathered } from './gather';
import { Rememberer } from './remember';
import { Shower } from './show';

export interface GuardOptions {
  ctx: ContentScriptContext;
  /** our shadow host (the panel's): the dialog renders inside its open shadow root */
  host: HTMLElement;
  profile: () => Profile;
  /** ask for a fresh check, so that panel and popup show what the guard learnt */
  recheck?: () => void;
  /** the content UI, which draws the dialog */
  ui: UiLoader;
  /** the settings read with the content script's start (else the guard reads them) */
  settings?: Settings;
  /** all of storage.local as read at the content script's start (else the memory reads it) */
  stored?: Record<string, unknown>;
}

export interface Guard {
  /**
   * Hook for the live checker's results: remembers the project's report check on the
   * progress report screen; on the send step returns what TabState.send should hold.
   */
  onResult(live: LiveState): SendState | undefined;
  /** a click or right-click seen before the guard was up (the row a send may start from) */
  notePointer(e: Event): void;
  /**
   * An event the content script's boot stopped before the guard was up: decided as if caught
   * now; `raw` replays it unchanged when it is no send or on any error (it happens exactly once).
   */
  held(e: Event, raw: () => void, at: Element | null): void;
  dispose(): void;
}

interface Pending {
  action: Action;
  gathered: Gathered;
  decision: GuardDecision;
  answered: boolean;
}

const warn = (what: string, e: unknown) =>
  console.warn(`[eMENSCR Assistant] send guard: ${what}; the send is not blocked`, e);

class SendGuard implements Guard {
  private memory: ProjectMemory;
  private settings: Settings = DEFAULT_SETTINGS;
  private layer: HTMLElement;
  private pending: Pending | null = null;
  /** budget answers for steps whose project has no id or name */
  private sessionAnswers = new WeakMap<Element, string>();
  private catcher: Catcher;
  private remembered: Rememberer;
  private shower: Shower;
  /** the last checked screen showed a send step */
  private onSendStep = false;

  constructor(private opts: GuardOptions) {
    const { ctx, host } = opts;
    this.memory = new ProjectMemory(opts.stored);
    const shadow = host.shadowRoot;
    this.layer = document.createElement('div');
    this.layer.className = 'ea-guard-layer';
    // our styles live in our shadow root only: SendCheck's (rendered by the panel) here,
    // the dialog's come with the content UI
    const style = document.createElement('style');
    style.textContent = sendCheckCss;
    (shadow ?? host).append(style, this.layer);

    this.remembered = new Rememberer(this.memory, opts.profile);
    this.shower = new Shower(this.layer, opts.ui, opts.profile);
    this.catcher = new Catcher(ctx, opts.profile, this.intercept, (e) => this.remembered.noteRow(e));

    if (opts.settings) this.settings = opts.settings;
    else void readSettings().then((s) => (this.settings = s));
    browser.storage.onChanged.addListener(this.onStorage);
    // what storage remembers may change the send step already shown
    void this.memory.ready.then(() => {
      if (this.onSendStep) this.recheck();
    });
    // while our dialog is up, a page focus trap must not pull focus back into its own dialog, and
    // a press on our dialog is no "interaction outside" that closes the page's dialog (Chakra's
    // Dialog, zag-js dismissable: a pointerdown outside its content closes it, and the send step
    // with the user's choice was gone when "กลับไปแก้ไข" came back: zoo-guard react-chakra).
    // Stopped at the window, before the page's document listeners; the clicks our buttons answer
    // are separate events, and nothing is prevented.
    for (const type of ['focusin', 'pointerdown', 'mousedown', 'touchstart'] as const) {
      ctx.addEventListener(window, type, this.onOwnPress, { capture: true, passive: true });
    }
    // choosing an approver takes the "whom to choose" notice away
    ctx.addEventListener(window, 'change', () => this.shower.hideNotice(), { capture: true });
    ctx.onInvalidated(() => this.dispose());
  }

  dispose(): void {
    browser.storage.onChanged.removeListener(this.onStorage);
    this.memory.dispose();
    try {
      this.shower.hideNotice();
      this.shower.close();
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

  private onOwnPress = (e: Event): void => {
    if (this.pending && e.target === this.opts.host) e.stopImmediatePropagation();
  };

  /**
   * Test-only: storage.local['debug:guardThrows'] = true | 'decide' | 'gather' | 'show' makes the
   * guard throw there; 'load' makes loading the dialog fail.
   */
  private throwIfDebug(stage: 'decide' | 'gather' | 'show'): void {
    if (!__TEST_HOOKS__) return;
    const v = this.memory.debugThrows;
    if (v === stage || (v === true && stage === 'decide')) throw new Error(`debug:guardThrows (${stage})`);
  }

  private gatherFor(step: SendStep): Gathered {
    this.throwIfDebug('gather');
    return gather(step, {
      profile: this.profile(),
      settings: this.settings,
      memory: this.memory,
      lastRow: this.remembered.lastRow,
      sessionAnswer: this.sessionAnswers.get(step.container),
    });
  }

  // ---------- deciding ----------

  private intercept = (e: Event, find: () => Action | null): void => {
    let action: Action | null = null;
    let stopped = false;
    try {
      action = find();
      if (!action) return;
      if (this.catcher.inGrace(action.step)) return;
      if (this.pending) {
        // our dialog is already asking about this send
        stopEvent(e);
        return;
      }
      this.throwIfDebug('decide');
      if (!this.memory.loaded) {
        stopEvent(e);
        stopped = true;
        const later = action;
        void this.memory.ready.then(() => this.decideLater(later));
        return;
      }
      const gathered = this.gatherFor(action.step);
      const decision = decideSend(gathered.facts, this.profile());
      if (decision.action === 'pass') {
        if (decision.choose) this.shower.showNotice(decision);
        return;
      }
      stopEvent(e);
      stopped = true;
      this.show({ action, gathered, decision, answered: false });
    } catch (err) {
      warn('internal error', err);
      if (stopped && action) this.failOpen(action);
    }
  };

  notePointer(e: Event): void {
    this.remembered.noteRow(e);
  }

  held(e: Event, raw: () => void, at: Element | null): void {
    let action: Action | null = null;
    try {
      action = this.catcher.actionOf(e, at);
      if (!action) {
        raw();
        return;
      }
      // a send already answered a moment ago, or our dialog already asks about it
      if (this.catcher.inGrace(action.step)) {
        this.catcher.redo(action);
        return;
      }
      if (this.pending) return;
      this.throwIfDebug('decide');
      const later = action;
      void this.memory.ready.then(() => this.decideLater(later));
    } catch (err) {
      warn('internal error', err);
      if (action) this.failOpen(action);
      else raw();
    }
  }

  private decideLater(action: Action): void {
    // our dialog already asks about this send (a repeat held while the guard was loading)
    if (this.pending) return;
    try {
      const gathered = this.gatherFor(action.step);
      const decision = decideSend(gathered.facts, this.profile());
      if (decision.action === 'pass') {
        // as when decided at once: nothing chosen yet → the notice says whom to choose
        if (decision.choose) this.shower.showNotice(decision);
        this.catcher.redo(action);
      } else this.show({ action, gathered, decision, answered: false });
    } catch (err) {
      warn('internal error', err);
      this.failOpen(action);
    }
  }

  /** Let the held send go, exactly once. */
  private failOpen(action: Action): void {
    try {
      this.close();
    } catch {
      /* nothing to close */
    }
    this.catcher.redo(action);
  }

  // ---------- the dialog ----------

  /** Ask with our dialog. The event is stopped already; `pending` swallows repeats while the dialog loads. */
  private show(p: Pending): void {
    this.pending = p;
    this.throwIfDebug('show');
    const focus = p.answered && p.decision.problems.length === 0 ? 'proceed' : 'back';
    const failLoad = __TEST_HOOKS__ && this.memory.debugThrows === 'load';
    const req = { decision: p.decision, recipient: p.gathered.facts.recipient, answered: p.answered };
    const handlers = { onBack: this.back, onProceed: this.proceed, onAnswer: this.answer };
    const ui = failLoad ? null : this.shower.now();
    if (ui) {
      this.shower.draw(ui, req, handlers);
      this.shower.focus(focus);
      return;
    }
    // the first dialog of the page: load it, or fail open
    this.shower
      .load(failLoad)
      .then((loaded) => {
        if (this.pending !== p) return;
        this.shower.draw(loaded, req, handlers);
        this.shower.focus(focus);
      })
      .catch((err) => {
        warn('could not show the dialog', err);
        if (this.pending === p) this.failOpen(p.action);
      });
  }

  private close(): void {
    this.pending = null;
    this.shower.close();
  }

  private back = (): void => {
    const p = this.pending;
    try {
      this.close();
      if (!p) return;
      const wrongRecipient = p.decision.problems.some((x) => x === 'mismatch' || x === 'unknownRecipient' || x === 'unknownBudget');
      const a = p.action;
      const target =
        (wrongRecipient ? p.action.step.chooser.element : null) ?? (a.kind === 'submit' ? a.submitter : a.el);
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
    this.catcher.redo(p.action);
  };

  private answer = (budgetTypeId: string): void => {
    const p = this.pending;
    if (!p) return;
    try {
      if (!this.remembered.answer(p.gathered.ref, budgetTypeId)) this.sessionAnswers.set(p.action.step.container, budgetTypeId);
      const gathered = this.gatherFor(p.action.step);
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

  // ---------- the live checker ----------

  onResult(live: LiveState): SendState | undefined {
    try {
      const profile = this.profile();
      if (live.screen.id === 'progressReport') this.remembered.rememberCheck(live);
      // the report and linkage forms are no send step (and have long option lists)
      const formScreen = live.screen.id === 'progressReport' || live.screen.id === 'linkage';
      const step = formScreen ? null : openStep(document, profile);
      this.onSendStep = !!step;
      if (!step) return undefined;
      const gathered = this.gatherFor(step);
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
    return { onResult: () => undefined, notePointer: () => {}, held: (_e, raw) => raw(), dispose: () => {} };
  }
}
