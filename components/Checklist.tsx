/**
 * The checklist of unmet checks, shared by the in-page panel and the popup.
 * Each item says its severity in words (not by colour alone) and, when activated,
 * asks the page to scroll to and focus the field.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
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

/**
 * The first draw lists this many findings (more than a popup or a panel shows without
 * scrolling); the rest follow right after that frame is painted. Drawing all 163 findings of
 * the 2,000-control stress form before the first paint made the popup 1.3× a popup with one
 * line, and the panel's first draw the largest part of the page's load (bench, issue 12).
 */
export const FIRST_ITEMS = 20;

/**
 * How many of `total` items to draw: FIRST_ITEMS at the first draw, all of them from the next
 * task after the first paint on (and on every later draw: only the first one is cut short).
 */
function useShownCount(total: number): number {
  const [all, setAll] = useState(false);
  const cut = !all && total > FIRST_ITEMS;
  useEffect(() => {
    if (!cut) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // after the frame that paints the first items (a rAF callback runs before that paint)
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setAll(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [cut]);
  return cut ? FIRST_ITEMS : total;
}

export function Checklist({ result, isForm, failed, onActivate, menu }: Props) {
  const shown = useShownCount(result?.findings.length ?? 0);
  if (failed) return <p class="ea-note ea-failed">{t('panel.internalError')}</p>;
  if (!isForm) return <p class="ea-note">{t('panel.notForm')}</p>;
  if (!result) return <p class="ea-note">{t('panel.checking')}</p>;
  const findings = shown < result.findings.length ? result.findings.slice(0, shown) : result.findings;
  return (
    <div class="ea-checklist">
      <p class="ea-screen">{t(`screen.${result.screen.id}`)}{result.screen.fiscalYear ? ` · ${t('screen.fiscalYear', result.screen.fiscalYear)}` : ''}</p>
      <Summary result={result} />
      {result.findings.length > 0 && (
        <ul class="ea-list">
          {findings.map((f) => (
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
