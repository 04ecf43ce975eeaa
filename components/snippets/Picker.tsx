/**
 * The searchable snippet list (in-page picker): a combobox-style search box driving a
 * listbox. Up/Down move, Home/End jump, Enter uses the highlighted snippet, Escape closes.
 * Snippet names and text are rendered as text nodes only.
 */
import { trusted } from '../trusted';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Snippet, SnippetKind } from '@/utils/snippets/schema';
import { t } from '@/utils/i18n';
import { failureText } from '@/utils/snippets/client';
import { Modal } from './Modal';

interface Props {
  kind?: SnippetKind;
  search: (query: string, kind?: SnippetKind) => Promise<Snippet[]>;
  onPick: (s: Snippet) => void;
  onClose: () => void;
  onOpenLibrary?: () => void;
  /** a message shown above the list (e.g. "click in a field first") */
  note?: string;
}

export function preview(s: Snippet): string {
  if (s.kind === 'form') return t('snip.picker.fields', s.fields.length);
  const one = s.text.replace(/\s+/g, ' ').trim();
  return one.length > 90 ? one.slice(0, 89) + '…' : one;
}

export function Picker({ kind, search, onPick, onClose, onOpenLibrary, note }: Props) {
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<Snippet[] | null>(null);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);
  const list = useRef<HTMLUListElement>(null);

  useEffect(() => {
    const my = ++seq.current;
    const timer = setTimeout(
      () => {
        search(query, kind).then(
          (found) => {
            if (my !== seq.current) return;
            setItems(found);
            setActive(0);
            setError(null);
          },
          (e: unknown) => my === seq.current && setError(failureText(e)),
        );
      },
      query ? 80 : 0,
    );
    return () => clearTimeout(timer);
  }, [query, kind]);

  useEffect(() => {
    list.current?.querySelector(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const count = items?.length ?? 0;
  const onKeyDown = (e: KeyboardEvent) => {
    if (!e.isTrusted) return;
    if (e.key === 'ArrowDown') setActive((a) => (count ? (a + 1) % count : 0));
    else if (e.key === 'ArrowUp') setActive((a) => (count ? (a - 1 + count) % count : 0));
    else if (e.key === 'Home' && e.ctrlKey) setActive(0);
    else if (e.key === 'End' && e.ctrlKey) setActive(Math.max(0, count - 1));
    else if (e.key === 'Enter') {
      const s = items?.[active];
      if (s) onPick(s);
    } else return;
    e.preventDefault();
  };

  const title = t(kind === 'text' ? 'snip.picker.title.text' : kind === 'form' ? 'snip.picker.title.form' : 'snip.picker.title.any');
  const optionId = (i: number) => `ea-pick-${i}`;
  return (
    <Modal title={title} onClose={onClose} testId="snippet-picker">
      {note && <p class="ea-snip-note ea-snip-warn" role="alert">{note}</p>}
      <input
        class="ea-input"
        type="search"
        aria-controls="ea-pick-list"
        aria-autocomplete="list"
        aria-activedescendant={count ? optionId(active) : undefined}
        aria-label={t('snip.picker.search')}
        placeholder={t('snip.picker.search')}
        value={query}
        onInput={trusted((e) => setQuery((e.target as HTMLInputElement).value))}
        onKeyDown={onKeyDown}
      />
      <p class="ea-snip-help">{t('snip.picker.help')}</p>
      {error && <p class="ea-snip-note ea-snip-error" role="alert">{error}</p>}
      <ul id="ea-pick-list" ref={list} class="ea-pick-list" role="listbox" aria-label={title}>
        {items?.map((s, i) => (
          <li
            key={s.id}
            id={optionId(i)}
            data-index={i}
            role="option"
            aria-selected={i === active}
            class={`ea-pick-item${i === active ? ' ea-active' : ''}`}
            onMouseMove={() => i !== active && setActive(i)}
            onMouseDown={(e) => e.preventDefault()}
            onClick={trusted(() => onPick(s))}
          >
            <span class="ea-pick-name">{s.name}</span>
            <span class={`ea-kind ea-kind-${s.kind}`}>{t(`snip.kind.${s.kind}`)}</span>
            <span class="ea-pick-preview">{preview(s)}</span>
            {s.tags.length > 0 && <span class="ea-pick-tags">{s.tags.join(' · ')}</span>}
          </li>
        ))}
      </ul>
      {items && !items.length && (
        <p class="ea-snip-note" role="status">{query ? t('snip.picker.noMatch') : t('snip.picker.empty')}</p>
      )}
      {onOpenLibrary && (
        <div class="ea-dialog-actions">
          <button type="button" class="ea-btn ea-btn-link" onClick={trusted(onOpenLibrary)}>
            {t('snip.bar.library')}
          </button>
        </div>
      )}
    </Modal>
  );
}
