/**
 * Dialogs of the correction menu and the page-structure report (issue 14). Native <dialog>
 * opened with showModal(): it sits in the top layer, above any modal of the page, the page
 * behind is inert, and Escape closes it. Keys typed in it never reach the page's shortcuts.
 * Views only: the content script (entrypoints/emenscr.content/teach.tsx) computes what they show.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '@/utils/i18n';
import { noSubmit, trusted } from './trusted';

let counter = 0;

interface ShellProps {
  title: string;
  onClose: () => void;
  testId: string;
  children: ComponentChildren;
  wide?: boolean;
}

function Shell({ title, onClose, testId, children, wide }: ShellProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useRef(`ea-teach-title-${++counter}`).current;
  useEffect(() => {
    const d = ref.current;
    if (d && !d.open) d.showModal();
    return () => d?.open && d.close();
  }, []);
  return (
    <dialog
      ref={ref}
      class={`ea-teach${wide ? ' ea-teach-wide' : ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onKeyDown={(e) => e.stopPropagation()}
      onKeyUp={(e) => e.stopPropagation()}
      onCancel={(e) => {
        e.preventDefault();
        if (e.isTrusted) onClose();
      }}
    >
      <div class="ea-teach-head">
        <h2 id={titleId} class="ea-teach-title">
          {title}
        </h2>
        <button type="button" class="ea-teach-x" aria-label={t('dialog.close')} title={t('dialog.close')} onClick={trusted(onClose)}>
          ×
        </button>
      </div>
      {children}
    </dialog>
  );
}

export function RenameDialog(props: { original: string; current: string; onSave: (name: string) => void; onClose: () => void }) {
  const [name, setName] = useState(props.current);
  return (
    <Shell title={t('rename.title')} onClose={props.onClose} testId="rename-dialog">
      <form onSubmit={noSubmit}>
        <label class="ea-teach-label" for="ea-rename-input">
          {t('rename.label')}
        </label>
        <input
          id="ea-rename-input"
          class="ea-teach-input"
          value={name}
          maxLength={200}
          required
          aria-describedby="ea-rename-hint"
          onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
        />
        <p id="ea-rename-hint" class="ea-teach-hint">
          {t('rename.hint', props.original || t('field.unnamed'))}
        </p>
        <div class="ea-teach-actions">
          <button type="button" onClick={trusted(props.onClose)}>
            {t('dialog.cancel')}
          </button>
          <button
            type="submit"
            class="ea-teach-primary"
            onClick={trusted((e) => {
              e.preventDefault();
              if (name.trim()) props.onSave(name.trim());
            })}
          >
            {t('rename.save')}
          </button>
        </div>
      </form>
    </Shell>
  );
}

export interface ConceptChoice {
  id: string;
  name: string;
}

export function ConceptDialog(props: {
  field: string;
  concepts: ConceptChoice[];
  current?: string;
  onSave: (concept: string) => void;
  onClose: () => void;
}) {
  const [chosen, setChosen] = useState(props.current ?? '');
  return (
    <Shell title={t('concept.title')} onClose={props.onClose} testId="concept-dialog">
      <form onSubmit={noSubmit}>
        <fieldset class="ea-teach-fieldset">
          <legend>{t('concept.legend', props.field)}</legend>
          {props.concepts.map((c) => (
            <label key={c.id} class="ea-teach-choice">
              <input
                type="radio"
                name="ea-concept"
                value={c.id}
                checked={chosen === c.id}
                required
                onChange={() => setChosen(c.id)}
              />{' '}
              {c.name}
            </label>
          ))}
        </fieldset>
        <div class="ea-teach-actions">
          <button type="button" onClick={trusted(props.onClose)}>
            {t('dialog.cancel')}
          </button>
          <button
            type="submit"
            class="ea-teach-primary"
            onClick={trusted((e) => {
              e.preventDefault();
              if (chosen) props.onSave(chosen);
            })}
          >
            {t('concept.save')}
          </button>
        </div>
      </form>
    </Shell>
  );
}

export interface IgnoredItem {
  id: string;
  label: string;
  locked: boolean;
}

export function IgnoredDialog(props: { items: IgnoredItem[]; onRestore: (id: string) => void; onClose: () => void }) {
  return (
    <Shell title={t('ignored.title')} onClose={props.onClose} testId="ignored-dialog">
      {props.items.length === 0 ? (
        <p class="ea-teach-hint">{t('ignored.none')}</p>
      ) : (
        <ul class="ea-teach-list">
          {props.items.map((item) => (
            <li key={item.id} data-correction={item.id}>
              <span class="ea-teach-field">{item.label}</span>
              {item.locked ? (
                <span class="ea-teach-locked">{t('ignored.lockedNote')}</span>
              ) : (
                <button type="button" onClick={trusted(() => props.onRestore(item.id))}>
                  {t('ignored.restore', item.label)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div class="ea-teach-actions">
        <button type="button" onClick={trusted(props.onClose)}>
          {t('dialog.close')}
        </button>
      </div>
    </Shell>
  );
}

export function ReportDialog(props: { text: string; controls: number; onSave: () => void; onClose: () => void }) {
  return (
    <Shell title={t('report.title')} onClose={props.onClose} testId="report-dialog" wide>
      <p class="ea-teach-hint" id="ea-report-intro">
        {t('report.intro')}
      </p>
      <pre class="ea-teach-preview" tabIndex={0} aria-label={t('report.previewLabel', props.controls)} data-testid="report-preview">
        {props.text}
      </pre>
      <div class="ea-teach-actions">
        <button type="button" onClick={trusted(props.onClose)}>
          {t('dialog.cancel')}
        </button>
        <button type="button" class="ea-teach-primary" onClick={trusted(props.onSave)}>
          {t('report.save')}
        </button>
      </div>
    </Shell>
  );
}

/** The panel's header actions: "ช่องที่ไม่ได้ตรวจ (n)" and "ส่งออกโครงสร้างหน้า", with a status line. */
export function TeachTools(props: { ignored: number; notice: string; onIgnored: () => void; onReport?: () => void }) {
  return (
    <div class="ea-teach-tools">
      <button type="button" class="ea-teach-tool" data-action="ignored" onClick={trusted(props.onIgnored)}>
        {t('ignored.button', props.ignored)}
      </button>
      {props.onReport && (
        <button type="button" class="ea-teach-tool" data-action="report" onClick={trusted(props.onReport)}>
          {t('report.button')}
        </button>
      )}
      <p class="ea-teach-notice" role="status">
        {props.notice}
      </p>
    </div>
  );
}
