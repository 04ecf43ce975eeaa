/**
 * Snippets in the page, the part loaded on first use (entrypoints/content-ui/api.ts): the
 * dialogs in our shadow root (the picker, the save previews, the overwrite question,
 * the {ถาม:…} prompts), inserting a text snippet at the caret, filling a form snippet
 * (utils/fill), and the bar at the foot of the panel (its buttons, progress, notices and the
 * report of the last fill).
 *
 * The always-loaded part (entrypoints/emenscr.content/snippets.tsx) remembers the field the user
 * was in, keeps the bar's element at the foot of the panel and answers the messages; it creates
 * this controller once, with a SnippetEnv, and delegates to it. The bar is drawn here, not
 * there: 2 KB gzip less in the always-loaded script (issue 12); it appears when this UI is
 * loaded (idle after a form was checked). The snippets themselves live in the background
 * (IndexedDB of the extension origin), asked for by message.
 */
import { render } from 'preact';
import type { FieldSnapshot, ScreenId } from '@/utils/types';
import type { FormSnippet, Snippet, SnippetKind, TextSnippet } from '@/utils/snippets/schema';
import type { SnippetDraft, SnippetPageRequest } from '@/utils/messages';
import { addMessages, t } from '@/utils/i18n';
import { registerStoreMessages } from '@/utils/i18n/messages/store';
import { snippets as snippetMessages } from '@/utils/i18n/messages/snippets';
import { askSnippets, failureText } from '@/utils/snippets/client';
import { expandVariables, findVariables } from '@/utils/snippets/variables';
import { tidyLabel } from '@/utils/collect/dom';
import { labelOfControl } from '@/utils/collect/label';
import { findField } from '@/utils/rules/fields';
import { formatDate } from '@/utils/i18n/format';
import { fillFormWith, type OverwriteChoice, type OverwriteConflict } from '@/utils/fill';
import { buildVariableContext, pageFacts } from '@/utils/fill/variable-context';
import { insertAtCaret } from '@/utils/fill/insert';
import { Picker } from '@/components/snippets/Picker';
import { SaveFieldDialog, SaveFormDialog } from '@/components/snippets/SaveDialogs';
import { ConfirmOverwrite, FillReportView, PromptDialog } from '@/components/snippets/FillDialogs';
import snippetsCss from '@/components/snippets/snippets.css?inline';
import snippetBarCss from '@/components/snippets/snippet-bar.css?inline';
import { snippetBar as snippetBarMessages } from '@/utils/i18n/messages/snippet-bar';
import { trusted } from '@/components/trusted';
import type { BarState, SnippetEnv, SnippetUi } from './api';
import { addStyleBefore } from './style';

addMessages(snippetMessages);
addMessages(snippetBarMessages);
registerStoreMessages();

type Dialog =
  | { type: 'picker'; kind?: SnippetKind; note?: string }
  | { type: 'saveForm'; fields: FieldSnapshot[]; defaultName: string; screen: ScreenId }
  | { type: 'saveField'; text: string; defaultName: string; screen: ScreenId }
  | { type: 'confirm'; conflicts: OverwriteConflict[]; resolve: (c: OverwriteChoice) => void }
  | { type: 'prompt'; labels: string[]; name: string; resolve: (a: Record<string, string> | null) => void };

export class SnippetController implements SnippetUi {
  dialog: Dialog | null = null;
  /** what the bar shows below its buttons */
  bar: BarState = {};
  private listeners = new Set<() => void>();
  private returnFocus: HTMLElement | null = null;
  private noticeTimer: ReturnType<typeof setTimeout> | null = null;
  /** the id of what the open save dialog creates: every try of that save (and a retry) stores the same record */
  private saveId: string | null = null;

  constructor(private env: SnippetEnv) {}

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  private setBar(bar: BarState): void {
    this.bar = bar;
    this.changed();
  }

  /** A short notice in the bar (it goes away by itself). */
  notify = (text: string, error = false): void => {
    if (this.noticeTimer) clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => this.setBar({ ...this.bar, notice: undefined }), error ? 12000 : 5000);
    this.setBar({ ...this.bar, notice: { text, error } });
  };

  // ---------------------------------------------------------------- dialogs

  private open(d: Dialog): void {
    this.env.attach();
    if (!this.dialog) {
      const active = document.activeElement;
      this.returnFocus = active instanceof HTMLElement && !this.env.isOwn(active) && active !== document.body ? active : null;
    }
    if (d.type === 'saveForm' || d.type === 'saveField') this.saveId = crypto.randomUUID();
    this.dialog = d;
    this.changed();
  }

  close = (): void => {
    const d = this.dialog;
    this.dialog = null;
    if (d?.type === 'confirm') d.resolve('cancel');
    if (d?.type === 'prompt') d.resolve(null);
    this.changed();
    this.restoreFocus();
  };

  /** Focus goes back to where the user was before our dialog opened. */
  private restoreFocus(): void {
    const back = this.returnFocus;
    this.returnFocus = null;
    if (back?.isConnected) back.focus({ preventScroll: true });
  }

  dismissReport = (): void => {
    this.setBar({ ...this.bar, report: undefined });
  };

  openPicker(kind?: SnippetKind): void {
    this.open({ type: 'picker', kind });
  }

  /** errors reach the always-loaded part's run(), which logs them */
  handle(req: SnippetPageRequest): void | Promise<void> {
    switch (req.type) {
      case 'snippets:openPicker':
        return this.openPicker(req.kind);
      case 'snippets:insert':
        return this.insert(req.snippet);
      case 'snippets:fill':
        return this.fill(req.snippet);
      case 'snippets:saveField':
        return this.openSaveField();
      case 'snippets:saveForm':
        return this.openSaveForm();
    }
  }

  search = (query: string, kind?: SnippetKind): Promise<Snippet[]> =>
    askSnippets({ type: 'snippets:search', query, kind, limit: 50 });

  pick = (s: Snippet): void => {
    // close first: focus goes back to the page field, where a text snippet is inserted
    this.close();
    if (s.kind === 'text') void this.insert(s);
    else void this.fill(s);
  };

  openLibrary = (): void => {
    void askSnippets({ type: 'snippets:openLibrary' }).catch((e) => this.notify(failureText(e), true));
  };

  save = (draft: SnippetDraft): Promise<Snippet> =>
    askSnippets({ type: 'snippets:save', draft: { ...draft, id: this.saveId ?? crypto.randomUUID() } });

  saved = (name: string): void => {
    this.close();
    this.notify(t('snip.saved', name));
  };

  /** "บันทึกฟอร์มนี้เป็นชุดข้อความ": read the form now, show the preview. */
  openSaveForm(): void {
    const profile = this.env.profile();
    const { snapshot } = this.env.reader().collect(document);
    const screen = this.env.current()?.screen.id ?? 'other';
    const project = findField(snapshot, profile.fields.projectName);
    const title = project && !project.empty ? project.value.slice(0, 120) : t(`screen.${screen}`);
    const defaultName = `${title} (${formatDate(new Date())})`;
    this.open({ type: 'saveForm', fields: snapshot.fields, defaultName, screen });
  }

  /** Context menu "บันทึกข้อความในช่องนี้…": the field that was right-clicked. */
  openSaveField(): void {
    const el = this.env.lastField();
    if (!el || !el.isConnected) return this.notify(t('snip.saveField.noField'), true);
    const text = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : el.innerText;
    const label = tidyLabel(labelOfControl(el));
    const head = text.replace(/\s+/g, ' ').trim().slice(0, 40);
    const screen = this.env.current()?.screen.id ?? 'other';
    this.open({ type: 'saveField', text, defaultName: (label || head || t('snip.unlabelled')).slice(0, 200), screen });
  }

  // ---------------------------------------------------------------- insert and fill

  private ask<T>(make: (resolve: (v: T) => void) => Dialog): Promise<T> {
    return new Promise<T>((resolve) => {
      let settled = false;
      const once = (v: T) => {
        if (settled) return;
        settled = true;
        if (this.dialog && (this.dialog.type === 'confirm' || this.dialog.type === 'prompt')) {
          this.dialog = null;
          this.changed();
          this.restoreFocus();
        }
        resolve(v);
      };
      this.open(make(once));
    });
  }

  async insert(snippet: TextSnippet): Promise<void> {
    const caret = this.env.target();
    if (!caret) {
      this.open({ type: 'picker', kind: 'text', note: t('snip.picker.noField') });
      return;
    }
    const labels = findVariables(snippet.text);
    let answers: Record<string, string> = {};
    if (labels.length) {
      const got = await this.ask<Record<string, string> | null>((resolve) => ({ type: 'prompt', labels, name: snippet.name, resolve }));
      if (!got) return;
      answers = got;
    }
    const live = this.env.current();
    const ctx = buildVariableContext(pageFacts(live?.snapshot, live?.screen, this.env.profile()), new Date(), answers);
    const text = expandVariables(snippet.text, ctx);
    if (!insertAtCaret(caret, text)) return this.notify(t('snip.insertFailed'), true);
    this.env.inserted(caret.el);
    this.notify(t('snip.used', snippet.name));
    void askSnippets({ type: 'snippets:markUsed', id: snippet.id }).catch(() => {});
  }

  async fill(snippet: FormSnippet): Promise<void> {
    if (this.bar.busy) return;
    this.setBar({ busy: { done: 0, total: snippet.fields.length } });
    let bar: BarState;
    try {
      const report = await fillFormWith(
        snippet.fields,
        {
          doc: document,
          profile: this.env.profile(),
          confirmOverwrite: (conflicts) => this.ask<OverwriteChoice>((resolve) => ({ type: 'confirm', conflicts, resolve })),
          onProgress: (done, total) => this.setBar({ ...this.bar, busy: { done, total } }),
          signal: this.env.signal,
        },
        this.env.reader(),
      );
      bar = { report: { name: snippet.name, report } };
      if (report.filled.length) void askSnippets({ type: 'snippets:markUsed', id: snippet.id }).catch(() => {});
    } catch (e) {
      console.warn('[eMENSCR Assistant] fill failed; the page is not affected', e);
      bar = { notice: { text: t('snip.fillFailed'), error: true } };
    }
    this.setBar(bar);
  }

  // ---------------------------------------------------------------- teardown

  dispose(): void {
    if (this.noticeTimer) clearTimeout(this.noticeTimer);
    drawers.delete(this.draw);
    render(null, this.env.layer);
    render(null, this.env.bar);
  }

  /** set by startSnippetUi: draws the dialogs and the bar */
  draw = (): void => {};
}

/** The bar at the foot of the checklist panel. */
function SnippetBar({ c }: { c: SnippetController }) {
  const { busy, report, notice } = c.bar;
  return (
    <section class="ea-snip" aria-label={t('snip.bar.title')}>
      <div class="ea-snip-actions">
        <button type="button" class="ea-btn ea-btn-small" disabled={!!busy} onClick={trusted(() => c.openPicker('form'))}>
          {t('snip.bar.fill')}
        </button>
        <button type="button" class="ea-btn ea-btn-small" disabled={!!busy} onClick={trusted(() => c.openSaveForm())}>
          {t('snip.bar.save')}
        </button>
      </div>
      {busy && (
        <p class="ea-snip-note" role="status">
          {t('snip.busy', busy.done, busy.total)}
        </p>
      )}
      {notice && (
        <p class={`ea-snip-note${notice.error ? ' ea-snip-error' : ''}`} role={notice.error ? 'alert' : 'status'} data-testid="snippet-notice">
          {notice.text}
        </p>
      )}
      {report && (
        <div class="ea-snip-report">
          <FillReportView name={report.name} report={report.report} onClose={c.dismissReport} />
        </div>
      )}
    </section>
  );
}

/** Redraw functions of the started controllers (one per content script): a language change redraws the bar. */
const drawers = new Set<() => void>();

export function redrawSnippetBars(): void {
  for (const d of drawers) d();
}

/** The dialogs (one at a time), in their own layer of our shadow root; redrawn by the controller on change. */
function SnippetLayer({ c }: { c: SnippetController }) {
  const d = c.dialog;
  if (!d) return null;
  switch (d.type) {
    case 'picker':
      return <Picker kind={d.kind} note={d.note} search={c.search} onPick={c.pick} onClose={c.close} onOpenLibrary={c.openLibrary} />;
    case 'saveForm':
      return (
        <SaveFormDialog
          fields={d.fields}
          defaultName={d.defaultName}
          source={{ screen: d.screen, path: location.pathname + location.hash }}
          save={c.save}
          onDone={c.saved}
          onClose={c.close}
        />
      );
    case 'saveField':
      return (
        <SaveFieldDialog
          text={d.text}
          defaultName={d.defaultName}
          source={{ screen: d.screen, path: location.pathname + location.hash }}
          save={c.save}
          onDone={c.saved}
          onClose={c.close}
        />
      );
    case 'confirm':
      return <ConfirmOverwrite conflicts={d.conflicts} onChoose={d.resolve} />;
    case 'prompt':
      return <PromptDialog labels={d.labels} name={d.name} onDone={d.resolve} />;
  }
}

export function startSnippetUi(env: SnippetEnv): SnippetUi {
  const c = new SnippetController(env);
  // the dialogs' root and the panel's root (the bar) each get both sheets: they share classes
  for (const anchor of [env.layer, env.barStyles]) {
    addStyleBefore(anchor, 'snippet-bar', snippetBarCss);
    addStyleBefore(anchor, 'snippets', snippetsCss);
  }
  // drawn at once on every change: the first dialog opens in the same task as this start
  c.draw = () => {
    render(<SnippetLayer c={c} />, env.layer);
    render(<SnippetBar c={c} />, env.bar);
  };
  c.subscribe(c.draw);
  drawers.add(c.draw);
  c.draw();
  return c;
}

