/**
 * Editing one snippet: name, tags, and either the text (with the variables that can be
 * typed in it) or the values of a form snippet's fields. Saving validates in the store;
 * on failure the editor stays open with the edits.
 */
import { useRef, useState } from 'preact/hooks';
import type { FormSnippetField, Snippet } from '@/utils/snippets/schema';
import { VARIABLES } from '@/utils/snippets/variables';
import { getLang, t } from '@/utils/i18n';
import { parseTags } from '@/components/snippets/SaveDialogs';

interface Props {
  snippet: Snippet;
  onSave: (next: Snippet) => Promise<boolean>;
  onCancel: () => void;
}

export function Editor({ snippet, onSave, onCancel }: Props) {
  const [name, setName] = useState(snippet.name);
  const [tags, setTags] = useState(snippet.tags.join(', '));
  const [text, setText] = useState(snippet.kind === 'text' ? snippet.text : '');
  const [fields, setFields] = useState<FormSnippetField[]>(snippet.kind === 'form' ? snippet.fields.map((f) => ({ ...f, section: [...f.section] })) : []);
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const textArea = useRef<HTMLTextAreaElement>(null);

  const setField = (i: number, patch: Partial<FormSnippetField>) => {
    const next = fields.slice();
    next[i] = { ...next[i]!, ...patch };
    setFields(next);
  };

  const insertVariable = (v: string) => {
    const ta = textArea.current;
    if (!ta) return setText(text + v);
    const start = ta.selectionStart ?? text.length;
    const end = ta.selectionEnd ?? start;
    setText(text.slice(0, start) + v + text.slice(end));
    requestAnimationFrame(() => {
      ta.focus();
      ta.setSelectionRange(start + v.length, start + v.length);
    });
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!name.trim()) return setProblem(t('snip.saveForm.noName'));
    setProblem(null);
    setSaving(true);
    const base = { ...snippet, name: name.trim(), tags: parseTags(tags) };
    const next: Snippet = snippet.kind === 'text' ? { ...base, kind: 'text', text } as Snippet : ({ ...base, kind: 'form', fields } as Snippet);
    await onSave(next);
    setSaving(false);
  };

  return (
    <section class="lib-editor" aria-labelledby="lib-editor-title" data-testid="snippet-editor">
      <h2 id="lib-editor-title">{t('lib.edit.title', snippet.name)}</h2>
      <form onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
        <div class="lib-row">
          <label class="lib-field">
            <span>{t(snippet.kind === 'text' ? 'snip.saveField.name' : 'snip.saveForm.name')}</span>
            <input class="lib-input" value={name} maxLength={200} autoFocus onInput={(e) => setName((e.target as HTMLInputElement).value)} />
          </label>
          <label class="lib-field">
            <span>{t('snip.saveForm.tags')}</span>
            <input class="lib-input" value={tags} onInput={(e) => setTags((e.target as HTMLInputElement).value)} />
          </label>
        </div>
        {snippet.kind === 'text' ? (
          <>
            <label class="lib-field">
              <span>{t('lib.edit.text')}</span>
              <textarea ref={textArea} class="lib-input" rows={8} maxLength={20000} value={text} onInput={(e) => setText((e.target as HTMLTextAreaElement).value)} />
            </label>
            <p class="lib-help">
              {t('lib.edit.variables')}{' '}
              {VARIABLES.map((v) => (
                <button key={v.id} type="button" class="lib-chip" title={t(`snip.var.${v.id}`)} onClick={() => insertVariable(v[getLang()])}>
                  {v[getLang()]}
                </button>
              ))}
            </p>
          </>
        ) : (
          <table class="lib-table">
            <thead>
              <tr>
                <th scope="col">{t('snip.saveForm.col.label')}</th>
                <th scope="col">{t('snip.saveForm.col.section')}</th>
                <th scope="col">{t('snip.saveForm.col.value')}</th>
              </tr>
            </thead>
            <tbody>
              {fields.map((f, i) => (
                <tr key={i}>
                  <th scope="row">{f.label || t('snip.unlabelled')}</th>
                  <td class="lib-muted">{f.section.join(' › ')}</td>
                  <td>
                    {f.kind === 'checkbox' ? (
                      <input type="checkbox" checked={f.checked === true} aria-label={f.label} onChange={(e) => setField(i, { checked: (e.target as HTMLInputElement).checked })} />
                    ) : f.value.length > 60 || f.value.includes('\n') ? (
                      <textarea class="lib-input" rows={3} aria-label={f.label} value={f.value} onInput={(e) => setField(i, { value: (e.target as HTMLTextAreaElement).value })} />
                    ) : (
                      <input class="lib-input" aria-label={f.label} value={f.value} inputMode={f.kind === 'slider' ? 'numeric' : undefined} onInput={(e) => setField(i, { value: (e.target as HTMLInputElement).value })} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {problem && (
          <p class="lib-alert" role="alert">
            {problem}
          </p>
        )}
        <div class="lib-editor-actions">
          <button type="button" class="lib-btn" onClick={onCancel}>
            {t('snip.cancel')}
          </button>
          <button type="submit" class="lib-btn lib-primary" disabled={saving}>
            {t('snip.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
