/**
 * The send guard's dialog (in our shadow root): what is wrong, in plain words, whom
 * the report must go to, what the last check left unmet, and two ways out:
 * "กลับไปแก้ไข" (nothing is sent; also Escape) and "ส่งต่อไป" (send as the user asked).
 *
 * A native <dialog> with role=alertdialog: entrypoints/content-ui/guard.tsx opens it with
 * showModal(), so it is in the browser's top layer above the page's own modal, whatever
 * its z-index or `inert` marks. Every answer needs a trusted event (components/trusted.ts):
 * a page script can neither send, go back nor answer the budget-type question for the user.
 */
import type { GuardDecision } from '@/utils/guard/decide';
import type { Profile } from '@/utils/profile/schema';
import { t } from '@/utils/i18n';
import { registerGuardMessages } from '@/utils/i18n/messages/guard';
import { formatWhen } from './SendCheck';
import { trusted } from './trusted';

registerGuardMessages();

const MAX_ITEMS = 8;

export interface GuardDialogProps {
  decision: GuardDecision;
  recipient: string;
  profile: Profile;
  /** the user has just told the budget type */
  answered: boolean;
  onBack: () => void;
  onProceed: () => void;
  onAnswer: (budgetTypeId: string) => void;
}

const nameOf = (profile: Profile, id: string | null | undefined) =>
  profile.budgetTypes.find((b) => b.id === id)?.name ?? '';

function reasonText(d: GuardDecision, profile: Profile): string | null {
  const { check } = d;
  if (check.reason === 'otherBudgetType') {
    return t('guard.reason.otherBudgetType', nameOf(profile, check.recipientId), nameOf(profile, d.budget.budgetType));
  }
  if (check.reason === 'notRecipient' || check.reason === 'unrecognized' || check.reason === 'otherPlace' || check.reason === 'person') {
    return t(`guard.reason.${check.reason}`);
  }
  return null;
}

/** Keep Tab inside the dialog; Escape goes back. Keys stay here (the page's shortcuts never see them). */
function onKeyDown(e: KeyboardEvent, onBack: () => void) {
  e.stopPropagation();
  if (!e.isTrusted) return;
  if (e.key === 'Escape') {
    e.preventDefault();
    onBack();
    return;
  }
  if (e.key !== 'Tab') return;
  const box = e.currentTarget as HTMLElement;
  const items = Array.from(box.querySelectorAll<HTMLElement>('button:not([disabled])'));
  if (!items.length) return;
  const active = (box.getRootNode() as ShadowRoot).activeElement;
  const i = items.indexOf(active as HTMLElement);
  const next = e.shiftKey ? (i <= 0 ? items.length - 1 : i - 1) : i === items.length - 1 ? 0 : i + 1;
  e.preventDefault();
  items[next]!.focus();
}

export function GuardDialog({ decision, recipient, profile, answered, onBack, onProceed, onAnswer }: GuardDialogProps) {
  const { problems, check, budget, unmet } = decision;
  const budgetName = nameOf(profile, budget.budgetType);
  const reason = problems.includes('mismatch') || problems.includes('unknownRecipient') ? reasonText(decision, profile) : null;
  const ok = problems.length === 0;
  return (
    <dialog
      class="ea-guard"
      role="alertdialog"
      aria-modal="true"
      aria-labelledby="ea-guard-title"
      aria-describedby="ea-guard-desc"
      data-problems={problems.join(' ')}
      onKeyDown={(e) => onKeyDown(e as unknown as KeyboardEvent, onBack)}
      // Escape in the browser's own sense (close request): go back, and keep the dialog for the guard to close
      onCancel={(e) => {
        if (!e.isTrusted) return;
        e.preventDefault();
        onBack();
      }}
    >
      <h2 id="ea-guard-title" class="ea-guard-title">
        <span aria-hidden="true">{ok ? '✓ ' : '⚠ '}</span>
        {ok ? t('guard.titleOk') : t('guard.title')}
      </h2>
      <div id="ea-guard-desc" class="ea-guard-body">
        {!ok && <p class="ea-guard-intro">{t('guard.intro')}</p>}
        {reason && (
          <p class="ea-guard-problem" data-problem="recipient">
            {reason}
          </p>
        )}
        <p class="ea-guard-chosen">{t('guard.chosen', recipient)}</p>
        {check.expected && (
          <p class="ea-guard-expected">
            <strong>{t('guard.expected', budgetName, check.expected)}</strong>
          </p>
        )}
        {budget.budgetType && (
          <p class="ea-guard-budget">{t('guard.budget', budgetName, t(`guard.source.${budget.source}`))}</p>
        )}
        {decision.askBudget && (
          <div class="ea-guard-ask" role="group" aria-labelledby="ea-guard-ask-label">
            <p id="ea-guard-ask-label">{t('guard.askBudget')}</p>
            <div class="ea-guard-choices">
              {profile.budgetTypes.map((b) => (
                <button type="button" key={b.id} class="ea-guard-choice" data-budget-type={b.id} onClick={trusted(() => onAnswer(b.id))}>
                  {b.name}
                </button>
              ))}
            </div>
          </div>
        )}
        {unmet && (
          <div class="ea-guard-unmet" data-problem="unmet">
            <p>{t('guard.unmet', formatWhen(unmet.checkedAt), unmet.errors.length)}</p>
            <ul>
              {unmet.errors.slice(0, MAX_ITEMS).map((e, i) => (
                <li key={i}>{t(e.message, ...(e.params ?? []))}</li>
              ))}
              {unmet.errors.length > MAX_ITEMS && <li>{t('guard.unmetMore', unmet.errors.length - MAX_ITEMS)}</li>}
            </ul>
          </div>
        )}
        {ok && answered && <p class="ea-guard-ok">{t('guard.okAfterAnswer', t('guard.proceed'))}</p>}
      </div>
      <div class="ea-guard-actions">
        <button type="button" class="ea-guard-back" data-guard="back" onClick={trusted(onBack)}>
          {t('guard.back')}
        </button>
        <button type="button" class="ea-guard-proceed" data-guard="proceed" onClick={trusted(onProceed)}>
          {t('guard.proceed')}
        </button>
      </div>
    </dialog>
  );
}
