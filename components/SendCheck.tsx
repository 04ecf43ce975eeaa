/**
 * The send step at a glance (panel and popup): the project's budget type and where it
 * came from, the chosen approver, and whether that is the recipient the budget needs.
 */
import type { SendState } from '@/utils/messages';
import { t } from '@/utils/i18n';
import { formatDate } from '@/utils/i18n/format';
import { registerSendMessages } from '@/utils/i18n/messages/send';

registerSendMessages();

/** "21 พฤศจิกายน 2569 เวลา 05:56 น." / "21 November 2569 BE, 05:56". */
export function formatWhen(ms: number): string {
  const d = new Date(ms);
  const time = `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  return t('guard.when', formatDate(d, 'long'), time);
}

function verdictText(send: SendState): string {
  if (!send.recipient) return send.expected ? t('send.choose', send.expected) : t('send.unknown');
  if (send.verdict === 'match') return t('send.match', send.expected ?? '');
  if (send.verdict === 'mismatch') return send.expected ? t('send.mismatch', send.expected) : t('send.mismatchNoBudget');
  return t('send.unknown');
}

const ICON = { match: '✓', mismatch: '✕', unknown: '?' } as const;

export function SendCheck({ send }: { send: SendState }) {
  const verdict = send.recipient ? send.verdict : 'unknown';
  return (
    <section class="ea-send" aria-label={t('send.title')} data-verdict={verdict} data-testid="send-check">
      <h3 class="ea-send-title">{t('send.title')}</h3>
      <dl class="ea-send-facts">
        <dt>{t('send.budget')}</dt>
        <dd data-field="budget">
          {send.budgetName ?? t('send.budgetUnknown')}
          {send.budgetName && <span class="ea-send-source"> ({t(`guard.source.${send.budgetSource}`)})</span>}
        </dd>
        <dt>{t('send.recipient')}</dt>
        <dd data-field="recipient">{send.recipient || t('send.notChosen')}</dd>
      </dl>
      <p class={`ea-send-verdict ea-verdict-${verdict}`} role="status">
        <span aria-hidden="true">{ICON[verdict]} </span>
        {verdictText(send)}
      </p>
      {send.unmet && (
        <p class="ea-send-unmet">{t('send.unmet', formatWhen(send.unmet.checkedAt), send.unmet.errors)}</p>
      )}
    </section>
  );
}
