/**
 * Showing what the guard has to say. The dialog (a stopped send) is drawn by the content UI,
 * loaded on first use (../ui.ts): a native <dialog> opened with showModal() in the top layer,
 * whose buttons act on trusted events only (entrypoints/content-ui/guard.tsx). The notice
 * (no approver chosen: whom to choose) is small, drawn here at once, and does not hold the
 * send: a manual popover, so it shows in the top layer above a page's modal dialog too.
 */
import type { Profile } from '@/utils/profile/schema';
import type { GuardDecision } from '@/utils/guard/decide';
import type { ContentUi } from '@/entrypoints/content-ui/api';
import type { UiLoader } from '../ui';
import { t } from '@/utils/i18n';
import { registerSendMessages } from '@/utils/i18n/messages/send';

registerSendMessages();

/** How long the notice stays (it also goes when the user chooses or sends). */
const NOTICE_MS = 12_000;

const NOTICE_CSS = `
.ea-guard-notice { position: fixed; inset: 16px 16px auto auto; margin: 0; max-width: min(420px, calc(100vw - 32px));
  box-sizing: border-box; padding: 10px 36px 10px 14px; border: 0; border-left: 6px solid #b45309; border-radius: 8px;
  background: #fffbeb; color: #1f2937; box-shadow: 0 8px 28px rgba(0,0,0,.3);
  font: 15px/1.5 "Loma", "Garuda", "Noto Sans Thai", system-ui, sans-serif; }
.ea-guard-notice strong { display: block; color: #92400e; }
.ea-guard-notice button { position: absolute; top: 6px; right: 6px; border: 0; background: none; font-size: 18px; cursor: pointer; color: #92400e; }
`;

export interface DialogHandlers {
  onBack: () => void;
  onProceed: () => void;
  onAnswer: (budgetTypeId: string) => void;
}

export interface ShowRequest {
  decision: GuardDecision;
  recipient: string;
  answered: boolean;
}

export class Shower {
  private notice: HTMLElement | null = null;
  private noticeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private layer: HTMLElement,
    private ui: UiLoader,
    private profile: () => Profile,
  ) {}

  /** The UI if it is loaded (null when not yet). */
  now(): ContentUi | null {
    return this.ui.now();
  }

  /** `fail` (test build only: debug:guardThrows = 'load') makes loading fail, so that failing open is tested. */
  load(fail: boolean): Promise<ContentUi> {
    if (__TEST_HOOKS__ && fail) return Promise.reject(new Error('test hook: loading the dialog fails'));
    return this.ui.load();
  }

  /** Draw the dialog. Throws when it cannot be shown where the user can reach it: the caller fails open. */
  draw(ui: ContentUi, req: ShowRequest, handlers: DialogHandlers): void {
    this.hideNotice();
    const reachable = ui.showGuardDialog(this.layer, {
      decision: req.decision,
      recipient: req.recipient,
      profile: this.profile(),
      answered: req.answered,
      ...handlers,
    });
    if (!reachable) throw new Error('the dialog cannot be reached');
  }

  focus(which: 'back' | 'proceed'): void {
    (this.layer.querySelector(`[data-guard="${which}"]`) as HTMLElement | null)?.focus();
  }

  close(): void {
    this.ui.now()?.closeGuardDialog(this.layer);
  }

  /** Say whom to choose, without holding anything. */
  showNotice(decision: GuardDecision): void {
    const profile = this.profile();
    const type = profile.budgetTypes.find((b) => b.id === decision.budget.budgetType);
    const line = type
      ? t('guard.choose.one', type.name, type.recipient.title)
      : t('guard.choose.any', profile.budgetTypes.map((b) => t('guard.choose.pair', b.name, b.recipient.title)).join(' · '));
    this.hideNotice();
    const doc = this.layer.ownerDocument;
    if (!this.layer.querySelector('style[data-ea="notice"]')) {
      const style = doc.createElement('style');
      style.dataset.ea = 'notice';
      style.textContent = NOTICE_CSS;
      this.layer.append(style);
    }
    const box = doc.createElement('div');
    box.className = 'ea-guard-notice';
    box.setAttribute('role', 'alert');
    box.setAttribute('data-testid', 'guard-notice');
    box.setAttribute('popover', 'manual');
    const title = doc.createElement('strong');
    title.textContent = t('guard.choose.title');
    const text = doc.createElement('span');
    text.textContent = line;
    const close = doc.createElement('button');
    close.type = 'button';
    close.textContent = '×';
    close.setAttribute('aria-label', t('guard.choose.close'));
    close.addEventListener('click', (e) => {
      if (e.isTrusted) this.hideNotice();
    });
    box.append(title, text, close);
    this.layer.append(box);
    this.notice = box;
    try {
      box.showPopover();
    } catch {
      /* no popover support: a fixed box on top still shows */
    }
    this.noticeTimer = setTimeout(() => this.hideNotice(), NOTICE_MS);
  }

  hideNotice(): void {
    clearTimeout(this.noticeTimer);
    const n = this.notice;
    this.notice = null;
    if (!n) return;
    try {
      if (n.matches(':popover-open')) n.hidePopover();
    } catch {
      /* gone */
    }
    n.remove();
  }
}
