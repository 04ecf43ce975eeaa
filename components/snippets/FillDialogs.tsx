/**
 * Dialogs and views of filling: the overwrite question, the {ถาม:…} prompts of a text
 * snippet, and the report of what was filled and what was not (and why).
 */
import { noSubmit, trusted } from '../trusted';
import { useState } from 'preact/hooks';
import type { FillItem, FillReport, OverwriteChoice, OverwriteConflict } from '@/utils/fill';
import { t } from '@/utils/i18n';
import { Modal } from './Modal';

function where(section: readonly string[]): string {
  return section.length ? section[section.length - 1]! : '';
}

export function ConfirmOverwrite({ conflicts, onChoose }: { conflicts: OverwriteConflict[]; onChoose: (c: OverwriteChoice) => void }) {
  return (
    <Modal title={t('snip.confirm.title')} onClose={() => onChoose('cancel')} wide testId="overwrite-dialog" initialFocus=".ea-btn-skip">
      <p class="ea-snip-help">{t('snip.confirm.intro')}</p>
      <div class="ea-table-wrap">
        <table class="ea-table">
          <thead>
            <tr>
              <th scope="col">{t('snip.saveForm.col.label')}</th>
              <th scope="col">{t('snip.confirm.current')}</th>
              <th scope="col">{t('snip.confirm.wanted')}</th>
            </tr>
          </thead>
          <tbody>
            {conflicts.map((c, i) => (
              <tr key={i}>
                <td>
                  {c.label}
                  {c.section.length > 0 && <span class="ea-muted"> ({where(c.section)})</span>}
                </td>
                <td class="ea-value">{c.current}</td>
                <td class="ea-value">{c.wanted}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div class="ea-dialog-actions">
        <button type="button" class="ea-btn" onClick={trusted(() => onChoose('cancel'))}>
          {t('snip.cancel')}
        </button>
        <button type="button" class="ea-btn ea-btn-skip" onClick={trusted(() => onChoose('skip'))}>
          {t('snip.confirm.skip')}
        </button>
        <button type="button" class="ea-btn ea-btn-primary" onClick={trusted(() => onChoose('overwrite'))}>
          {t('snip.confirm.overwrite')}
        </button>
      </div>
    </Modal>
  );
}

export function PromptDialog({ labels, name, onDone }: { labels: string[]; name: string; onDone: (answers: Record<string, string> | null) => void }) {
  const [values, setValues] = useState<string[]>(() => labels.map(() => ''));
  return (
    <Modal title={t('snip.prompt.title')} onClose={() => onDone(null)} testId="prompt-dialog">
      <form class="ea-form" onSubmit={noSubmit}>
        <p class="ea-snip-help">{name}</p>
        {labels.map((label, i) => (
          <label class="ea-field" key={label}>
            <span>{label}</span>
            <input
              class="ea-input"
              value={values[i]}
              onInput={trusted((e) => {
                const next = values.slice();
                next[i] = (e.target as HTMLInputElement).value;
                setValues(next);
              })}
            />
          </label>
        ))}
        <div class="ea-dialog-actions">
          <button type="button" class="ea-btn" onClick={trusted(() => onDone(null))}>
            {t('snip.cancel')}
          </button>
          <button
            type="submit"
            class="ea-btn ea-btn-primary"
            onClick={trusted((e) => {
              e.preventDefault();
              onDone(Object.fromEntries(labels.map((l, i) => [l, values[i] ?? ''])));
            })}
          >
            {t('snip.prompt.insert')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function ItemText({ item }: { item: FillItem }) {
  const label = item.pageLabel && item.pageLabel !== item.label ? `${item.label} → ${item.pageLabel}` : item.label;
  return (
    <>
      <span class="ea-fill-label">{label}</span>
      {item.section.length > 0 && <span class="ea-muted"> ({where(item.section)})</span>}
    </>
  );
}

export function FillReportView({ name, report, onClose }: { name: string; report: FillReport; onClose: () => void }) {
  return (
    <div class="ea-fill-report" role="status" data-testid="fill-report">
      <div class="ea-fill-head">
        <strong>{t('snip.report.title', name)}</strong>
        <button type="button" class="ea-x" aria-label={t('snip.close')} title={t('snip.close')} onClick={trusted(onClose)}>
          ×
        </button>
      </div>
      {report.cancelled && <p class="ea-snip-note ea-snip-warn">{t('snip.report.cancelled')}</p>}
      <p class="ea-fill-count ea-ok">✓ {t('snip.report.filled', report.filled.length)}</p>
      {report.unchanged.length > 0 && <p class="ea-fill-count ea-muted">{t('snip.report.unchanged', report.unchanged.length)}</p>}
      {report.skipped.length > 0 && (
        <>
          <p class="ea-fill-count ea-snip-warn">! {t('snip.report.skipped', report.skipped.length)}</p>
          <ul class="ea-fill-list" data-testid="fill-skipped">
            {report.skipped.map((s, i) => (
              <li key={i} data-reason={s.reason}>
                <ItemText item={s} />: {t(`snip.reason.${s.reason}`)}
                {s.reason === 'reverted' && s.got !== undefined && <span class="ea-muted"> — {t('snip.report.gotValue', s.got)}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
      {report.filled.length > 0 && (
        <details class="ea-fill-details">
          <summary>{t('snip.report.filled', report.filled.length)}</summary>
          <ul class="ea-fill-list" data-testid="fill-filled">
            {report.filled.map((s, i) => (
              <li key={i}>
                <ItemText item={s} />: <span class="ea-value">{s.got ?? s.value}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
