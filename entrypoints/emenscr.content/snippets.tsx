/**
 * Snippets in the page, the always-loaded part: the bar at the foot of the checklist panel
 * ("เติมจากชุดข้อความ…", "บันทึกฟอร์มนี้เป็นชุดข้อความ…", progress, notices and a slot for
 * the report of the last fill), remembering the page field the user was in and its caret,
 * and answering the background (context menu, keyboard command) and the popup.
 *
 * Everything else (the dialogs, inserting, filling, the fill report) is in the content UI
 * loaded on first use (entrypoints/content-ui/snippets.tsx); this part only delegates to it.
 *
 * Started from the content script with one call: startSnippets({ ctx, panel, checker, profile, ui }).
 */
import { Component } from 'preact';
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Profile } from '@/utils/profile/schema';
import type { SnippetKind } from '@/utils/snippets/schema';
import { isSnippetPageRequest, type SnippetPageRequest } from '@/utils/messages';
import { addMessages, t } from '@/utils/i18n';
import { snippetBar as snippetBarMessages } from '@/utils/i18n/messages/snippet-bar';
import { Collector } from '@/utils/collect';
import { editableTarget, saveCaret, type Caret } from '@/utils/fill/caret';
import type { BarState, SnippetEnv, SnippetUi } from '@/entrypoints/content-ui/api';
import snippetBarCss from '@/components/snippets/snippet-bar.css?inline';
import type { LiveChecker } from '@/utils/content/live-checker';
import type { PanelHost } from './panel-host';
import type { UiLoader } from './ui';
import { trusted } from '@/components/trusted';

addMessages(snippetBarMessages);

export interface SnippetHostOptions {
  ctx: ContentScriptContext;
  panel: PanelHost;
  checker: LiveChecker;
  profile: () => Profile;
  ui: UiLoader;
}

export class SnippetHost {
  bar: BarState = {};
  /** our layer in the shadow root, where the content UI draws the dialogs */
  readonly layer: HTMLElement;
  private listeners = new Set<() => void>();
  /** the page field the user was last in, and where its caret was */
  private lastField: HTMLElement | null = null;
  private caret: Caret | null = null;
  private noticeTimer: ReturnType<typeof setTimeout> | null = null;
  private controller: Promise<SnippetUi> | null = null;
  private ready: SnippetUi | null = null;
  /** where the bar shows the fill report (drawn by the content UI) */
  private slot: HTMLElement | null = null;

  constructor(private opts: SnippetHostOptions) {
    this.layer = document.createElement('div');
    this.layer.className = 'ea-snip-layer';
  }

  subscribe(fn: () => void): () => void {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }

  private isOwn = (node: EventTarget | null): boolean => {
    const host = this.opts.panel.host;
    return node instanceof Node && (node === host || host.contains(node));
  };

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

  // ---------------------------------------------------------------- the bar

  setBar = (bar: BarState): void => {
    this.bar = bar;
    this.changed();
  };

  notify = (text: string, error = false): void => {
    this.bar = { ...this.bar, notice: { text, error } };
    if (this.noticeTimer) clearTimeout(this.noticeTimer);
    this.noticeTimer = setTimeout(() => {
      this.bar = { ...this.bar, notice: undefined };
      this.changed();
    }, error ? 12000 : 5000);
    this.changed();
  };

  /** The bar mounted (or unmounted) its report slot. */
  setSlot = (el: HTMLElement | null): void => {
    if (this.slot && this.slot !== el) this.ready?.paintReport(this.slot, undefined);
    this.slot = el;
    this.paint();
  };

  /** Draw the report of the last fill in the bar's slot (the content UI is loaded once there is one). */
  paint(): void {
    if (this.slot) this.ready?.paintReport(this.slot, this.bar.report);
  }

  // ---------------------------------------------------------------- delegating to the content UI

  private env(): SnippetEnv {
    return {
      layer: this.layer,
      isOwn: this.isOwn,
      target: () => this.target(),
      lastField: () => this.lastField,
      inserted: (el) => {
        this.lastField = el;
        this.caret = null;
      },
      profile: this.opts.profile,
      current: () => this.opts.checker.current,
      reader: () => new Collector({ placeholders: this.opts.profile().placeholders }),
      bar: () => this.bar,
      setBar: this.setBar,
      notify: this.notify,
      signal: this.opts.ctx.signal,
    };
  }

  private snippetUi(): Promise<SnippetUi> {
    if (!this.controller) {
      const p = this.opts.ui.load().then((api) => (this.ready = api.snippets(this.env())));
      this.controller = p;
      // a failed load is tried again next time
      p.catch(() => {
        if (this.controller === p) this.controller = null;
      });
    }
    return this.controller;
  }

  /** Run `what` in the content UI, loading it first if needed; never throws. */
  private run(what: (ui: SnippetUi) => unknown): void {
    this.snippetUi().then(
      async (ui) => {
        try {
          await what(ui);
        } catch (e) {
          console.warn('[eMENSCR Assistant] snippets: internal error; the page is not affected', e);
        }
      },
      (e) => {
        console.warn('[eMENSCR Assistant] snippets: could not load the dialogs', e);
        this.notify(t('snip.bar.noUi'), true);
      },
    );
  }

  openPicker(kind?: SnippetKind): void {
    this.run((ui) => ui.openPicker(kind));
  }

  openSaveForm(): void {
    this.run((ui) => ui.openSaveForm());
  }

  /** Messages from the background (context menu, command) and the popup. */
  onMessage = (req: SnippetPageRequest): Promise<boolean> => {
    switch (req.type) {
      case 'snippets:openPicker':
        this.openPicker(req.kind);
        break;
      case 'snippets:insert': {
        const { snippet } = req;
        this.run((ui) => ui.insert(snippet));
        break;
      }
      case 'snippets:fill': {
        const { snippet } = req;
        this.run((ui) => ui.fill(snippet));
        break;
      }
      case 'snippets:saveField':
        this.run((ui) => ui.openSaveField());
        break;
      case 'snippets:saveForm':
        this.openSaveForm();
        break;
    }
    return Promise.resolve(true);
  };

  dispose(): void {
    if (this.noticeTimer) clearTimeout(this.noticeTimer);
    try {
      this.ready?.dispose();
    } catch {
      /* already gone */
    }
  }
}

/** The bar at the foot of the checklist panel: plain buttons; what they open is loaded on first use. */
class SnippetBar extends Component<{ c: SnippetHost }> {
  private off: (() => void) | null = null;

  override componentDidMount(): void {
    this.off = this.props.c.subscribe(() => this.forceUpdate());
  }

  override componentWillUnmount(): void {
    this.off?.();
  }

  override componentDidUpdate(): void {
    this.props.c.paint();
  }

  render() {
    const { c } = this.props;
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
        {/* the content UI draws the fill report in here; this part never renders children into it */}
        {report && <div class="ea-snip-report" ref={c.setSlot} />}
      </section>
    );
  }
}

export function startSnippets(opts: SnippetHostOptions): SnippetHost {
  const c = new SnippetHost(opts);
  const { ctx, panel } = opts;
  const style = document.createElement('style');
  style.textContent = snippetBarCss;
  panel.shadow.append(style, c.layer);
  panel.setExtra(<SnippetBar c={c} />);

  ctx.addEventListener(document, 'focusin', c.onFocusIn, { capture: true });
  ctx.addEventListener(document, 'focusout', c.onFocusOut, { capture: true });
  ctx.addEventListener(document, 'contextmenu', c.onContextMenu, { capture: true });
  browser.runtime.onMessage.addListener((msg: unknown) => (isSnippetPageRequest(msg) ? c.onMessage(msg) : undefined));
  ctx.onInvalidated(() => c.dispose());
  return c;
}
