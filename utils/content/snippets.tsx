/**
 * Snippets in the page (content script side). The snippets themselves live in the
 * background (IndexedDB of the extension origin); this module asks for them by
 * message and does the page work:
 *  - a bar in the checklist panel: "เติมจากชุดข้อความ…", "บันทึกฟอร์มนี้เป็นชุดข้อความ…",
 *    and the report of the last fill;
 *  - dialogs in our shadow root: the picker, the save previews, the overwrite question,
 *    the {ถาม:…} prompts;
 *  - inserting a text snippet at the caret of the field the user was in, filling a form
 *    snippet into the form (utils/fill);
 *  - answering the background (context menu, keyboard command) and the popup.
 *
 * Started from the content script with one call: startSnippets({ ctx, panel, checker, profile }).
 */
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { FieldSnapshot, ScreenId } from '@/utils/types';
import type { Profile } from '@/utils/profile/schema';
import type { FormSnippet, Snippet, SnippetKind, TextSnippet } from '@/utils/snippets/schema';
import { isSnippetPageRequest, type SnippetDraft, type SnippetPageRequest } from '@/utils/messages';
import { addMessages, t } from '@/utils/i18n';
import { snippets as snippetMessages } from '@/utils/i18n/messages/snippets';
import { snippetBar as snippetBarMessages } from '@/utils/i18n/messages/snippet-bar';
import { askSnippets, failureText } from '@/utils/snippets/client';
import { expandVariables, findVariables } from '@/utils/snippets/variables';
import { Collector } from '@/utils/collect';
import { tidyLabel } from '@/utils/collect/dom';
import { labelOfControl } from '@/utils/collect/label';
import { findField } from '@/utils/rules/fields';
import { formatThaiDate } from '@/utils/calendar';
import { fillForm, type FillReport, type OverwriteChoice, type OverwriteConflict } from '@/utils/fill';
import { buildVariableContext, pageFacts } from '@/utils/fill/variable-context';
import { editableTarget, insertAtCaret, saveCaret, type Caret } from '@/utils/fill/insert';
import { Picker } from '@/components/snippets/Picker';
import { SaveFieldDialog, SaveFormDialog } from '@/components/snippets/SaveDialogs';
import { ConfirmOverwrite, FillReportView, PromptDialog } from '@/components/snippets/FillDialogs';
import snippetsCss from '@/components/snippets/snippets.css?inline';
import type { LiveChecker } from './live-checker';
import type { PanelHost } from './panel-host';

addMessages(snippetMessages);
addMessages(snippetBarMessages);

type Dialog =
  | { type: 'picker'; kind?: SnippetKind; note?: string }
  | { type: 'saveForm'; fields: FieldSnapshot[]; defaultName: string; screen: ScreenId }
  | { type: 'saveField'; text: string; defaultName: string; screen: ScreenId }
  | { type: 'confirm'; conflicts: OverwriteConflict[]; resolve: (c: OverwriteChoice) => void }
  | { type: 'prompt'; labels: string[]; name: string; resolve: (a: Record<string, string> | null) => void };

interface BarState {
  busy?: { done: number; total: number };
  report?: { name: string; report: FillReport };
  notice?: { text: string; error?: boolean };
}

export interface SnippetHostOptions {
  ctx: ContentScriptContext;
  panel: PanelHost;
  checker: LiveChecker;
  profile: () => Profile;
}

export class SnippetController {
  dialog: Dialog | null = null;
  bar: BarState = {};
  private listeners = new Set<() => void>();
  /** the page field the user was last in, and where its caret was */
  private lastField: HTMLElement | null = null;
  private caret: Caret | null = null;
  private returnFocus: HTMLElement | null = null;
  private noticeTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(private opts: SnippetHostOptions) {}

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  private isOwn(node: EventTarget | null): boolean {
    const host = this.opts.panel.host;
    return node instanceof Node && (node === host || host.contains(node));
  }

  // ---------------------------------------------------------------- the field the user works in

  onFocusIn = (e: Event): void => {
    if (this.isOwn(e.target)) return;
    const el = editableTarget(e.target);
    if (el) this.lastField = el;
  };

  onFocusOut = (e: Event): void => {
    if (this.isOwn(e.target)) return;
    const el = editableTarget(e.target);
    if (el) {
      this.lastField = el;
      this.caret = saveCaret(el);
    }
  };

  onContextMenu = (e: Event): void => {
    const el = editableTarget(e.target);
    if (el && !this.isOwn(el)) {
      this.lastField = el;
      this.caret = saveCaret(el);
    }
  };

  /** The field to insert into, with its caret (fresh when it still has focus). */
  private target(): Caret | null {
    const el = this.lastField;
    if (!el || !el.isConnected) return null;
    if (document.activeElement === el || (el.isContentEditable && el.contains(document.activeElement))) return saveCaret(el);
    return this.caret?.el === el ? this.caret : { el };
  }

  // ---------------------------------------------------------------- dialogs

  private open(d: Dialog): void {
    if (!this.dialog) {
      const active = document.activeElement;
      this.returnFocus = active instanceof HTMLElement && !this.isOwn(active) && active !== document.body ? active : null;
    }
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

  notify(text: string, error = false): void {
    this.bar = { ...this.bar, notice: { text, error } };
    if (this.noticeTimer) clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => {
      this.bar = { ...this.bar, notice: undefined };
      this.changed();
    }, error ? 12000 : 5000);
    this.changed();
  }

  dismissReport = (): void => {
    this.bar = { ...this.bar, report: undefined };
    this.changed();
  };

  openPicker(kind?: SnippetKind): void {
    this.open({ type: 'picker', kind });
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

  save = (draft: SnippetDraft): Promise<Snippet> => askSnippets({ type: 'snippets:save', draft });

  saved = (name: string): void => {
    this.close();
    this.notify(t('snip.saved', name));
  };

  /** "บันทึกฟอร์มนี้เป็นชุดข้อความ": read the form now, show the preview. */
  openSaveForm(): void {
    const profile = this.opts.profile();
    const { snapshot } = new Collector({ placeholders: profile.placeholders }).collect(document);
    const screen = this.opts.checker.current?.screen.id ?? 'other';
    const project = findField(snapshot, profile.fields.projectName);
    const title = project && !project.empty ? project.value.slice(0, 120) : t(`screen.${screen}`);
    const defaultName = `${title} (${formatThaiDate(new Date(), { style: 'short' })})`;
    this.open({ type: 'saveForm', fields: snapshot.fields, defaultName, screen });
  }

  /** Context menu "บันทึกข้อความในช่องนี้…": the field that was right-clicked. */
  openSaveField(): void {
    const el = this.lastField;
    if (!el || !el.isConnected) return this.notify(t('snip.saveField.noField'), true);
    const text = el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement ? el.value : el.innerText;
    const label = tidyLabel(labelOfControl(el));
    const head = text.replace(/\s+/g, ' ').trim().slice(0, 40);
    const screen = this.opts.checker.current?.screen.id ?? 'other';
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
    const caret = this.target();
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
    const live = this.opts.checker.current;
    const ctx = buildVariableContext(pageFacts(live?.snapshot, live?.screen, this.opts.profile()), new Date(), answers);
    const text = expandVariables(snippet.text, ctx);
    if (!insertAtCaret(caret, text)) return this.notify(t('snip.insertFailed'), true);
    this.lastField = caret.el;
    this.caret = null;
    this.notify(t('snip.used', snippet.name));
    void askSnippets({ type: 'snippets:markUsed', id: snippet.id }).catch(() => {});
  }

  async fill(snippet: FormSnippet): Promise<void> {
    if (this.bar.busy) return;
    this.bar = { busy: { done: 0, total: snippet.fields.length } };
    this.changed();
    try {
      const report = await fillForm(snippet.fields, {
        doc: document,
        profile: this.opts.profile(),
        confirmOverwrite: (conflicts) => this.ask<OverwriteChoice>((resolve) => ({ type: 'confirm', conflicts, resolve })),
        onProgress: (done, total) => {
          this.bar = { ...this.bar, busy: { done, total } };
          this.changed();
        },
        signal: this.opts.ctx.signal,
      });
      this.bar = { report: { name: snippet.name, report } };
      if (report.filled.length) void askSnippets({ type: 'snippets:markUsed', id: snippet.id }).catch(() => {});
    } catch (e) {
      console.warn('[eMENSCR Assistant] fill failed; the page is not affected', e);
      this.bar = { notice: { text: t('snip.fillFailed'), error: true } };
    }
    this.changed();
  }

  /** Messages from the background (context menu, command) and the popup. */
  onMessage = (req: SnippetPageRequest): Promise<boolean> => {
    switch (req.type) {
      case 'snippets:openPicker':
        this.openPicker(req.kind);
        break;
      case 'snippets:insert':
        void this.insert(req.snippet);
        break;
      case 'snippets:fill':
        void this.fill(req.snippet);
        break;
      case 'snippets:saveField':
        this.openSaveField();
        break;
      case 'snippets:saveForm':
        this.openSaveForm();
        break;
    }
    return Promise.resolve(true);
  };
}

function useController(c: SnippetController): void {
  const [, setVersion] = useState(0);
  useEffect(() => c.subscribe(() => setVersion((n) => n + 1)), [c]);
}

/** The dialogs (one at a time), in their own layer of our shadow root. */
function SnippetLayer({ c }: { c: SnippetController }) {
  useController(c);
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

/** The bar at the foot of the checklist panel. */
function SnippetBar({ c }: { c: SnippetController }) {
  useController(c);
  const { busy, report, notice } = c.bar;
  return (
    <section class="ea-snip" aria-label={t('snip.bar.title')}>
      <div class="ea-snip-actions">
        <button type="button" class="ea-btn ea-btn-small" disabled={!!busy} onClick={() => c.openPicker('form')}>
          {t('snip.bar.fill')}
        </button>
        <button type="button" class="ea-btn ea-btn-small" disabled={!!busy} onClick={() => c.openSaveForm()}>
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
      {report && <FillReportView name={report.name} report={report.report} onClose={c.dismissReport} />}
    </section>
  );
}

export function startSnippets(opts: SnippetHostOptions): SnippetController {
  const c = new SnippetController(opts);
  const { ctx, panel } = opts;
  const style = document.createElement('style');
  style.textContent = snippetsCss;
  const layer = document.createElement('div');
  layer.className = 'ea-snip-layer';
  panel.shadow.append(style, layer);
  render(<SnippetLayer c={c} />, layer);
  panel.setExtra(<SnippetBar c={c} />);

  ctx.addEventListener(document, 'focusin', c.onFocusIn, { capture: true });
  ctx.addEventListener(document, 'focusout', c.onFocusOut, { capture: true });
  ctx.addEventListener(document, 'contextmenu', c.onContextMenu, { capture: true });
  browser.runtime.onMessage.addListener((msg: unknown) => (isSnippetPageRequest(msg) ? c.onMessage(msg) : undefined));
  ctx.onInvalidated(() => render(null, layer));
  return c;
}
