/** The in-page checklist panel: a collapsible complementary landmark in our shadow root. */
import type { ComponentChildren } from 'preact';
import type { TabState } from '@/utils/messages';
import type { Finding } from '@/utils/types';
import { t } from '@/utils/i18n';
import { Checklist } from './Checklist';
import { SendCheck } from './SendCheck';
import { trusted } from './trusted';

interface Props {
  state: TabState;
  /** shown as the slim edge tab (collapsed by the user, or no free room beside the form) */
  collapsed: boolean;
  /** opened from the tab over the page (no free room): Escape closes it back to the tab */
  overlay?: boolean;
  onToggle: (collapsed: boolean) => void;
  onActivate: (f: Finding) => void;
  /** shown below the checklist (the snippet bar) */
  extra?: ComponentChildren;
  /** each finding's menu of corrections, and the header's actions (issue 14: components/FindingMenu.tsx, TeachDialogs.tsx) */
  menu?: (f: Finding) => ComponentChildren;
  tools?: ComponentChildren;
}

export function Panel({ state, collapsed, overlay, onToggle, onActivate, extra, menu, tools }: Props) {
  const findings = state.result?.findings ?? [];
  const errors = findings.filter((f) => f.severity === 'error').length;
  const headingId = 'ea-title';
  if (collapsed) {
    return (
      <aside class="ea-panel ea-collapsed" role="complementary" aria-label={t('panel.landmark')}>
        <button
          type="button"
          class={`ea-tab ${findings.length ? (errors ? 'ea-tab-error' : 'ea-tab-warning') : 'ea-tab-ok'}`}
          aria-expanded="false"
          title={t('panel.expand')}
          onClick={trusted(() => onToggle(false))}
        >
          <span class="ea-tab-name">eMENSCR</span>
          <span class="ea-tab-count">{findings.length ? findings.length : '✓'}</span>
          {/* the name read out: the visible word first (WCAG 2.5.3), then what the count means */}
          <span class="ea-visually-hidden">
            {' '}
            {findings.length ? t('panel.tabCount', findings.length) : t('panel.tabOk')} · {t('panel.expand')}
          </span>
        </button>
      </aside>
    );
  }
  return (
    <aside
      class={overlay ? 'ea-panel ea-overlay' : 'ea-panel'}
      role="complementary"
      aria-labelledby={headingId}
      onKeyDown={(e) => {
        if (overlay && e.key === 'Escape') {
          e.stopPropagation();
          onToggle(true);
        }
      }}
    >
      {/* a div, not <header>: inside our shadow root axe (and some screen readers) take a header for a second page banner */}
      <div class="ea-head">
        <h2 id={headingId} class="ea-title" tabIndex={-1}>
          {t('panel.title')}
          <span class="ea-visually-hidden"> — {t('panel.landmark')}</span>
        </h2>
        <button
          type="button"
          class="ea-collapse"
          aria-expanded="true"
          aria-label={t('panel.collapse')}
          title={t('panel.collapse')}
          onClick={trusted(() => onToggle(true))}
        >
          ›
        </button>
        {tools}
      </div>
      {state.send && <SendCheck send={state.send} />}
      {/* the send step has no checklist of its own: "all good" there would contradict a wrong approver */}
      {!(state.send && !findings.length) && (
        <Checklist result={state.result} isForm={state.isForm} failed={state.failed} onActivate={onActivate} menu={menu} />
      )}
      {extra}
    </aside>
  );
}
