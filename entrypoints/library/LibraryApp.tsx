/**
 * คลังข้อความ: the snippet library page. An extension page, so it uses the store
 * (utils/snippets/db) directly; other contexts (the background's context menu, open
 * pages) hear about changes through the store's BroadcastChannel.
 *
 * List, search, edit (name, tags, text; a form's field values), delete with undo,
 * duplicate, export (all or the ticked ones) and import (validated, merged without
 * duplicates, conflicts decided by the user). A store failure is shown in the alert
 * line and nothing the user had is dropped: an editor stays open with its edits.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Snippet } from '@/utils/snippets/schema';
import {
  clearAll,
  deleteSnippet,
  duplicateSnippet,
  listSnippets,
  onSnippetsChanged,
  putSnippet,
  putSnippets,
  restoreSnippet,
  searchSnippets,
} from '@/utils/snippets/db';
import { exportSnippets, mergeImportAsync, planImportWrites, readImportFile, warningLines, type ConflictChoice } from '@/utils/snippets/io';
import { isSnippetStoreError } from '@/utils/snippets/errors';
import { addMessages, render, setLang, t } from '@/utils/i18n';
import { snippets as snippetMessages } from '@/utils/i18n/messages/snippets';
import { library as libraryMessages } from '@/utils/i18n/messages/library';
import { registerStoreMessages } from '@/utils/i18n/messages/store';
import { registerValidationMessages } from '@/utils/i18n/messages/validation';
import { failureText } from '@/utils/snippets/client';
import { readSettings } from '@/utils/settings';
import { formatDate } from '@/utils/i18n/format';
import { preview } from '@/components/snippets/Picker';
import { Editor } from './Editor';
import { ImportPanel } from './ImportPanel';
import { LIST_PAGE, type PendingImport } from './pending';
import { downloadJson } from '@/utils/files';
import { yieldToPage } from '@/utils/snippets/slices';

addMessages(snippetMessages);
addMessages(libraryMessages);
registerStoreMessages();
registerValidationMessages();

interface Toast {
  text: string;
  undo?: () => Promise<void>;
}

function storeMessage(e: unknown): string {
  if (isSnippetStoreError(e)) return failureText(e.toJSON());
  return `${t('lib.error.unknown')} (${e instanceof Error ? e.message : String(e)})`;
}

function fileDate(d = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export function LibraryApp() {
  const [all, setAll] = useState<Snippet[] | null>(null);
  const [shown, setShown] = useState<Snippet[]>([]);
  const [query, setQuery] = useState('');
  const [order, setOrder] = useState<'name' | 'recent'>('name');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<Snippet | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [pending, setPending] = useState<PendingImport | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const [version, setVersion] = useState(0);
  const [limit, setLimit] = useState(LIST_PAGE);
  /** what a long import is doing ("กำลังตรวจไฟล์… 1,200 จาก 5,000 รายการ") */
  const [progress, setProgress] = useState<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const toastTimer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    void readSettings().then((s) => {
      setLang(s.language);
      document.documentElement.lang = s.language;
      document.title = t('lib.pageTitle');
      setVersion((v) => v + 1); // render again in the user's language
    });
    return onSnippetsChanged(() => setVersion((v) => v + 1));
  }, []);

  useEffect(() => {
    let stop = false;
    (async () => {
      try {
        const list = await listSnippets({ order });
        const found = query.trim() ? await searchSnippets(query, { limit: 100_000 }) : list;
        if (stop) return;
        setAll(list);
        setShown(found);
        const ids = new Set(list.map((s) => s.id));
        setSelected((sel) => new Set([...sel].filter((id) => ids.has(id))));
      } catch (e) {
        if (!stop) setError(storeMessage(e));
      }
    })();
    return () => {
      stop = true;
    };
  }, [query, order, version]);

  useEffect(() => setLimit(LIST_PAGE), [query, order]);

  const showToast = (next: Toast | null) => {
    if (toastTimer.current) clearTimeout(toastTimer.current);
    setToast(next);
    if (next) toastTimer.current = setTimeout(() => setToast(null), next.undo ? 15_000 : 6_000);
  };

  /** Run a store call; a failure goes to the alert line (and the caller learns it failed). */
  const run = async (fn: () => Promise<unknown>): Promise<boolean> => {
    try {
      await fn();
      setError(null);
      setVersion((v) => v + 1);
      return true;
    } catch (e) {
      setError(storeMessage(e));
      return false;
    }
  };

  const remove = (s: Snippet) =>
    run(async () => {
      const old = await deleteSnippet(s.id);
      showToast({ text: t('lib.deleted', old.name), undo: async () => void (await restoreSnippet(old)) });
    });

  const duplicate = (s: Snippet) =>
    run(async () => {
      const copy = await duplicateSnippet(s.id, Date.now(), t('lib.copyWord'));
      showToast({ text: t('lib.duplicated', copy.name) });
    });

  const saveEdit = async (next: Snippet): Promise<boolean> => {
    const ok = await run(() => putSnippet(next));
    if (ok) {
      setEditing(null);
      showToast({ text: t('lib.savedEdit', next.name) });
    }
    return ok;
  };

  const exportList = (list: readonly Snippet[], what: 'all' | 'selected') => {
    if (!list.length) return;
    downloadJson(`emenscr-snippets-${what === 'all' ? 'all' : 'selected'}-${fileDate()}.json`, exportSnippets(list));
    showToast({ text: t('lib.exported', list.length) });
  };

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    setPending(null);
    const count = (n: number) => n.toLocaleString('en-US');
    const r = await readImportFile(file, (p) => setProgress(t('lib.import.reading', count(p.done), count(p.total))));
    setProgress(null);
    if (fileInput.current) fileInput.current.value = '';
    if (!r.ok) {
      setError([t('lib.import.failed', file.name), render(r.error), ...r.details.map(render)].join('\n'));
      return;
    }
    setError(null);
    try {
      const existing = await listSnippets();
      const plan = await mergeImportAsync(existing, r.snippets); // in slices: 5,000 at once was a long task
      const warnings = warningLines(r.warnings, r.warningCount);
      if (plan.conflicts.length) setPending({ plan, existing, warnings });
      else await applyImport({ plan, existing, warnings }, []);
    } catch (e) {
      setError(storeMessage(e));
    }
  };

  const applyImport = async (p: PendingImport, choices: ConflictChoice[]) => {
    await yieldToPage();
    const writes = planImportWrites(p.existing, p.plan, (_c, i) => choices[i] ?? 'skip', Date.now(), t('lib.importedWord'));
    const count = (n: number) => n.toLocaleString('en-US');
    const ok = await run(() =>
      putSnippets(writes, (p) => setProgress(t(p.phase === 'check' ? 'lib.import.reading' : 'lib.import.writing', count(p.done), count(p.total)))),
    );
    setProgress(null);
    if (!ok) return; // the pending import stays, so the user can try again
    setPending(null);
    const skipped = p.plan.identical.length + choices.filter((c) => c === 'skip').length;
    showToast({ text: t('lib.imported', writes.length, skipped) + (p.warnings.length ? `\n${p.warnings.map(render).join('\n')}` : '') });
  };

  const clearLibrary = async () => {
    setConfirmClear(false);
    const before = await listSnippets().catch(() => null);
    if (!before) return;
    await run(async () => {
      await clearAll();
      showToast({ text: t('lib.cleared', before.length), undo: async () => void (await putSnippets(before)) });
    });
  };

  const selectedList = useMemo(() => (all ?? []).filter((s) => selected.has(s.id)), [all, selected]);
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };

  return (
    <div class="lib">
      <header class="lib-head">
        <h1>{t('lib.title')}</h1>
        <p class="lib-sub">{t('lib.subtitle')}</p>
      </header>

      {/* a labelled region, so the toolbar sits in a landmark (axe "region") */}
      <section aria-label={t('lib.toolbar')}>
      <div class="lib-toolbar" role="toolbar" aria-label={t('lib.toolbar')}>
        <input
          class="lib-input lib-search"
          type="search"
          aria-label={t('snip.picker.search')}
          placeholder={t('snip.picker.search')}
          value={query}
          onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
        />
        <label class="lib-inline">
          {t('lib.order')}{' '}
          <select class="lib-input" value={order} onChange={(e) => setOrder((e.target as HTMLSelectElement).value as 'name' | 'recent')}>
            <option value="name">{t('lib.order.name')}</option>
            <option value="recent">{t('lib.order.recent')}</option>
          </select>
        </label>
        <button type="button" class="lib-btn" disabled={!all?.length} onClick={() => exportList(all ?? [], 'all')}>
          {t('lib.exportAll')}
        </button>
        <button type="button" class="lib-btn" disabled={!selectedList.length} onClick={() => exportList(selectedList, 'selected')}>
          {t('lib.exportSelected', selectedList.length)}
        </button>
        <button type="button" class="lib-btn" onClick={() => fileInput.current?.click()}>
          {t('lib.import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          class="lib-hidden"
          aria-label={t('lib.import')}
          data-testid="import-file"
          onChange={(e) => void chooseFile((e.target as HTMLInputElement).files?.[0])}
        />
        <button type="button" class="lib-btn lib-danger" disabled={!all?.length} onClick={() => setConfirmClear(true)}>
          {t('lib.clear')}
        </button>
      </div>
      </section>

      {progress && (
        <p class="lib-progress" role="status" data-testid="import-progress">
          {progress}
        </p>
      )}

      {error && (
        <p class="lib-alert" role="alert" data-testid="library-error">
          {error}
        </p>
      )}

      {confirmClear && (
        <div class="lib-confirm" role="alertdialog" aria-labelledby="lib-clear-q">
          <p id="lib-clear-q">{t('lib.clear.confirm', all?.length ?? 0)}</p>
          <button type="button" class="lib-btn lib-danger" onClick={() => void clearLibrary()}>
            {t('lib.clear.yes')}
          </button>{' '}
          <button type="button" class="lib-btn" onClick={() => setConfirmClear(false)}>
            {t('snip.cancel')}
          </button>
        </div>
      )}

      {pending && <ImportPanel pending={pending} onApply={(c) => void applyImport(pending, c)} onCancel={() => setPending(null)} />}

      {editing && <Editor snippet={editing} onSave={saveEdit} onCancel={() => setEditing(null)} />}

      <main>
        {all === null && !error && <p role="status">{t('lib.loading')}</p>}
        {all !== null && (
          <p class="lib-count" role="status">
            {query.trim() ? t('lib.countFound', shown.length, all.length) : t('lib.count', all.length)}
          </p>
        )}
        {all?.length === 0 && <p class="lib-empty">{t('lib.empty')}</p>}
        <ul class="lib-list" aria-label={t('lib.title')}>
          {shown.slice(0, limit).map((s) => (
            <li key={s.id} class="lib-item" data-snippet-id={s.id}>
              <input type="checkbox" checked={selected.has(s.id)} aria-label={t('lib.select', s.name)} onChange={(e) => toggle(s.id, (e.target as HTMLInputElement).checked)} />
              <div class="lib-item-body">
                <div class="lib-item-top">
                  <strong class="lib-name">{s.name}</strong>
                  <span class={`lib-kind lib-kind-${s.kind}`}>{t(`snip.kind.${s.kind}`)}</span>
                  {s.tags.map((tag) => (
                    <span key={tag} class="lib-tag">
                      {tag}
                    </span>
                  ))}
                </div>
                <p class="lib-preview">{preview(s)}</p>
                <p class="lib-meta">
                  {t('lib.meta', formatDate(s.updatedAt), s.useCount)}
                </p>
              </div>
              <div class="lib-actions">
                <button type="button" class="lib-btn" aria-label={t('lib.edit.for', s.name)} onClick={() => setEditing(s)}>
                  {t('lib.edit')}
                </button>
                <button type="button" class="lib-btn" aria-label={t('lib.duplicate.for', s.name)} onClick={() => void duplicate(s)}>
                  {t('lib.duplicate')}
                </button>
                <button type="button" class="lib-btn lib-danger" aria-label={t('lib.delete.for', s.name)} onClick={() => void remove(s)}>
                  {t('lib.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
        {shown.length > limit && (
          <button type="button" class="lib-btn lib-more" onClick={() => setLimit((n) => n + LIST_PAGE)}>
            {t('lib.showMore', Math.min(LIST_PAGE, shown.length - limit), limit, shown.length)}
          </button>
        )}
      </main>

      <div class="lib-toast-area" aria-live="polite">
        {toast && (
          <div class="lib-toast" role="status" data-testid="library-toast">
            <span>{toast.text}</span>
            {toast.undo && (
              <button
                type="button"
                class="lib-btn lib-undo"
                onClick={() => {
                  const undo = toast.undo!;
                  showToast(null);
                  void run(undo).then((ok) => ok && showToast({ text: t('lib.undone') }));
                }}
              >
                {t('lib.undo')}
              </button>
            )}
          </div>
        )}
      </div>
    </div>
  );
}
