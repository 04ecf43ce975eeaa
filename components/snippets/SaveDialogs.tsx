/**
 * Saving from the page: the whole form (or one section) with a preview of exactly what
 * will be stored — label, section and value per field, each with a box to leave it out —
 * and one field's text (context menu). Read-only context fields start unticked.
 * Nothing is lost on a failed save: the dialog stays open with the store's message.
 */
import { noSubmit, trusted } from '../trusted';
import { useMemo, useState } from 'preact/hooks';
import type { FieldSnapshot } from '@/utils/types';
import type { FormSnippetField } from '@/utils/snippets/schema';
import type { SnippetDraft } from '@/utils/messages';
import { t } from '@/utils/i18n';
import { failureText } from '@/utils/snippets/client';
import { Modal } from './Modal';

export const SECTION_SEP = ' › ';

/** A page field as it will be saved: slider → its number, box → its state. */
export function toSavedField(f: FieldSnapshot): FormSnippetField {
  const out: FormSnippetField = {
    label: f.label.slice(0, 1000),
    section: f.section.slice(0, 20).map((s) => s.slice(0, 1000)),
    kind: f.kind,
    value: f.kind === 'slider' ? String(f.number ?? f.value) : f.kind === 'checkbox' ? '' : f.value,
  };
  if (f.kind === 'checkbox') out.checked = f.checked === true;
  return out;
}

/** Whether a field is ticked for saving at first: editable, labelled, and holding something. */
export function keptByDefault(f: FieldSnapshot): boolean {
  if (!f.editable || !f.label) return false;
  return f.kind === 'checkbox' || f.kind === 'slider' || !f.empty;
}

export function parseTags(s: string): string[] {
  const out: string[] = [];
  for (const raw of s.split(/[,，、]/)) {
    const tag = raw.trim().slice(0, 100);
    if (tag && !out.includes(tag)) out.push(tag);
  }
  return out.slice(0, 50);
}

/**
 * The sections a user can save on their own: the first level of the section paths at
 * which the fields part ways (a page title above the whole form is not a section).
 */
export function sectionScopes(fields: readonly FieldSnapshot[]): { level: number; titles: string[] } {
  const paths = fields.map((f) => f.section).filter((p) => p.length);
  let level = 0;
  while (paths.length && paths.every((p) => p.length > level + 1 && p[level] === paths[0]![level])) level++;
  const titles: string[] = [];
  for (const p of paths) if (p[level] && !titles.includes(p[level]!)) titles.push(p[level]!);
  return { level, titles };
}

function shown(f: FieldSnapshot): string {
  if (f.kind === 'checkbox') return f.checked ? '☑' : '☐';
  if (f.kind === 'slider') return String(f.number ?? f.value);
  return f.value;
}

interface SaveFormProps {
  fields: FieldSnapshot[];
  defaultName: string;
  source: { screen: string; path?: string };
  save: (draft: SnippetDraft) => Promise<unknown>;
  onDone: (name: string) => void;
  onClose: () => void;
}

export function SaveFormDialog({ fields, defaultName, source, save, onDone, onClose }: SaveFormProps) {
  const { level, titles: sections } = useMemo(() => sectionScopes(fields), [fields]);
  const [scope, setScope] = useState('');
  const [kept, setKept] = useState<boolean[]>(() => fields.map(keptByDefault));
  const [name, setName] = useState(defaultName);
  const [tags, setTags] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const inScope = (f: FieldSnapshot) => !scope || f.section[level] === scope;
  const chosen = fields.filter((f, i) => kept[i] && inScope(f));

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!e.isTrusted) return; // a page script clicking our button (see noSubmit)
    if (!name.trim()) return setError(t('snip.saveForm.noName'));
    if (!chosen.length) return setError(t('snip.saveForm.none'));
    setSaving(true);
    setError(null);
    try {
      await save({ kind: 'form', name: name.trim(), tags: parseTags(tags), source, fields: chosen.map(toSavedField) });
      onDone(name.trim());
    } catch (err) {
      setError(failureText(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal title={t('snip.saveForm.title')} onClose={onClose} wide testId="save-form-dialog" initialFocus="#ea-save-name">
      <form class="ea-form" onSubmit={noSubmit}>
        {!fields.length && <p class="ea-snip-note">{t('snip.saveForm.noFields')}</p>}
        <div class="ea-row2">
          <label class="ea-field">
            <span>{t('snip.saveForm.name')}</span>
            <input id="ea-save-name" class="ea-input" value={name} maxLength={200} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
          </label>
          <label class="ea-field">
            <span>{t('snip.saveForm.tags')}</span>
            <input class="ea-input" value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
          </label>
        </div>
        {sections.length > 1 && (
          <label class="ea-field">
            <span>{t('snip.saveForm.scope')}</span>
            <select class="ea-input" value={scope} onChange={(e) => setScope((e.target as HTMLSelectElement).value)}>
              <option value="">{t('snip.saveForm.scopeAll')}</option>
              {sections.map((s) => (
                <option key={s} value={s}>
                  {t('snip.saveForm.scopeSection', s)}
                </option>
              ))}
            </select>
          </label>
        )}
        <p class="ea-snip-help" id="ea-save-preview-help">{t('snip.saveForm.preview')}</p>
        <div class="ea-table-wrap">
          <table class="ea-table" aria-describedby="ea-save-preview-help" data-testid="save-preview">
            <thead>
              <tr>
                <th scope="col">{t('snip.saveForm.col.keep')}</th>
                <th scope="col">{t('snip.saveForm.col.label')}</th>
                <th scope="col">{t('snip.saveForm.col.section')}</th>
                <th scope="col">{t('snip.saveForm.col.value')}</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((f, i) =>
                inScope(f) ? (
                  <tr key={i} class={kept[i] ? '' : 'ea-off'} data-label={f.label}>
                    <td>
                      <input
                        type="checkbox"
                        checked={kept[i]}
                        aria-label={`${t('snip.saveForm.col.keep')}: ${f.label || t('snip.unlabelled')}`}
                        onChange={(e) => {
                          const next = kept.slice();
                          next[i] = (e.target as HTMLInputElement).checked;
                          setKept(next);
                        }}
                      />
                    </td>
                    <td>
                      {f.label || t('snip.unlabelled')}
                      {!f.editable && <span class="ea-muted"> {t('snip.saveForm.readOnly')}</span>}
                    </td>
                    <td class="ea-muted">{f.section.join(SECTION_SEP)}</td>
                    <td class="ea-value">{shown(f)}</td>
                  </tr>
                ) : null,
              )}
            </tbody>
          </table>
        </div>
        {error && <p class="ea-snip-note ea-snip-error" role="alert">{error}</p>}
        <div class="ea-dialog-actions">
          <span class="ea-muted" role="status">{t('snip.saveForm.count', chosen.length)}</span>
          <button type="button" class="ea-btn" onClick={trusted(onClose)}>
            {t('snip.cancel')}
          </button>
          <button type="submit" class="ea-btn ea-btn-primary" disabled={saving} onClick={trusted(submit)}>
            {t('snip.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

interface SaveFieldProps {
  text: string;
  defaultName: string;
  source: { screen: string; path?: string };
  save: (draft: SnippetDraft) => Promise<unknown>;
  onDone: (name: string) => void;
  onClose: () => void;
}

export function SaveFieldDialog({ text: initial, defaultName, source, save, onDone, onClose }: SaveFieldProps) {
  const [name, setName] = useState(defaultName);
  const [tags, setTags] = useState('');
  const [text, setText] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!e.isTrusted) return; // a page script clicking our button (see noSubmit)
    if (!name.trim()) return setError(t('snip.saveForm.noName'));
    setSaving(true);
    setError(null);
    try {
      await save({ kind: 'text', name: name.trim(), tags: parseTags(tags), source, text });
      onDone(name.trim());
    } catch (err) {
      setError(failureText(err));
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal title={t('snip.saveField.title')} onClose={onClose} testId="save-field-dialog" initialFocus="#ea-field-name">
      <form class="ea-form" onSubmit={noSubmit}>
        <label class="ea-field">
          <span>{t('snip.saveField.name')}</span>
          <input id="ea-field-name" class="ea-input" value={name} maxLength={200} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </label>
        <label class="ea-field">
          <span>{t('snip.saveForm.tags')}</span>
          <input class="ea-input" value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
        </label>
        <label class="ea-field">
          <span>{t('snip.saveField.text')}</span>
          <textarea class="ea-input" rows={6} value={text} maxLength={20000} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
        </label>
        {error && <p class="ea-snip-note ea-snip-error" role="alert">{error}</p>}
        <div class="ea-dialog-actions">
          <button type="button" class="ea-btn" onClick={trusted(onClose)}>
            {t('snip.cancel')}
          </button>
          <button type="submit" class="ea-btn ea-btn-primary" disabled={saving} onClick={trusted(submit)}>
            {t('snip.save')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
