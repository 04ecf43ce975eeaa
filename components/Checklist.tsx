/**
 * The checklist of unmet checks, shared by the in-page panel and the popup.
 * Each item says its severity in words (not by colour alone) and, when activated,
 * asks the page to scroll to and focus the field.
 */
import type { ComponentChildren } from 'preact';
import type { CheckResult, Finding } from '@/utils/types';
import { t } from '@/utils/i18n';
import { trusted } from './trusted';

export function findingText(f: Finding): string {
  return t(f.message, ...(f.params ?? []));
}

interface Props {
  result: CheckResult | null;
  isForm: boolean;
  failed?: boolean;
  onActivate?: (f: Finding) => void;
  /** a finding's menu of corrections (in-page panel only: components/FindingMenu.tsx) */
  menu?: (f: Finding) => ComponentChildren;
}

export function Summary({ result }: { result: CheckResult }) {
  const errors = result.findings.filter((f) => f.severity === 'error').length;
  const warnings = result.findings.length - errors;
  if (!result.findings.length) {
    return (
      <p class="ea-summary ea-ok" role="status">
        <span aria-hidden="true">✓ </span>
        {t('panel.allGood', result.fieldCount)}
      </p>
    );
  }
  return (
    <p class="ea-summary" role="status">
      {t('panel.count', errors, warnings)}
    </p>
  );
}

export function Checklist({ result, isForm, failed, onActivate, menu }: Props) {
  if (failed) return <p class="ea-note ea-failed">{t('panel.internalError')}</p>;
  if (!isForm) return <p class="ea-note">{t('panel.notForm')}</p>;
  if (!result) return <p class="ea-note">{t('panel.checking')}</p>;
  return (
    <div class="ea-checklist">
      <p class="ea-screen">{t(`screen.${result.screen.id}`)}{result.screen.fiscalYear ? ` · ${t('screen.fiscalYear', result.screen.fiscalYear)}` : ''}</p>
      <Summary result={result} />
      {result.findings.length > 0 && (
        <ul class="ea-list">
          {result.findings.map((f) => (
            <li key={f.id} class={`ea-item ea-${f.severity}`} data-finding={f.id} data-rule={f.rule}>
              <button
                type="button"
                class="ea-item-button"
                onClick={trusted(() => onActivate?.(f))}
                disabled={!f.fieldKeys.length || !onActivate}
              >
                <span class={`ea-sev ea-sev-${f.severity}`}>
                  <span aria-hidden="true">{f.severity === 'error' ? '✕ ' : '! '}</span>
                  {t(`severity.${f.severity}`)}
                </span>{' '}
                <span class="ea-text">{findingText(f)}</span>
              </button>
              {menu?.(f)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
