/**
 * Snippets in the page, the always-loaded part — kept small on purpose (issue 12: the bar moved
 * out of the always-loaded script): it remembers the page field the user was in and its caret
 * (that must happen as focus moves, before any click), answers the background (context menu,
 * keyboard command) and the popup by loading the content UI, and holds the element at the foot
 * of the checklist panel where that UI draws the bar ("เติมจากชุดข้อความ…",
 * "บันทึกฟอร์มนี้เป็นชุดข้อความ…", progress, notices, the report of the last fill).
 *
 * The bar, the dialogs, inserting and filling are in the content UI loaded on first use or
 * when the page is idle after the user's first input (entrypoints/content-ui/snippets.tsx);
 * until then the bar's two buttons are drawn here (SnippetHost.drawButtons) and load it when
 * clicked. Should it fail to load, the bar's place says so (snip.bar.noUi).
 *
 * Started from the content script with one call: startSnippets({ ctx, panel, checker, profile, ui }).
 */
import { onPageMessage } from '@/utils/content/page-messages';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Profile } from '@/utils/profile/schema';
import { isSnippetPageRequest, type SnippetPageRequest } from '@/utils/messages';
import { addMessages, t } from '@/utils/i18n';
import { snippetBar, snippetBarFallback } from '@/utils/i18n/messages/snippet-bar';
import snippetBarCss from '@/components/snippets/snippet-bar.css?inline';
import { Collector } from '@/utils/collect';
import { editableTarget, saveCaret, type Caret } from '@/utils/fill/caret';
import type { SnippetEnv, SnippetUi } from '@/entrypoints/content-ui/api';
import type { LiveChecker } from '@/utils/content/live-checker';
import { createHost, PRIVATE_ATTRIBUTE, PRIVATE_MODE, randomHostName, type PanelHost } from './panel-host';
import type { UiLoader } from './ui';

addMessages(snippetBarFallback);
addMessages(snippetBar);

export interface SnippetHostOptions {
  ctx: ContentScriptContext;
  panel: PanelHost;
  checker: LiveChecker;
  profile: () => Profile;
  ui: UiLoader;
}

export class SnippetHost {
  /**
   * our layer where the content UI draws the dialogs: in a host of its own whose shadow root is
   * closed (./panel-host.tsx PRIVATE_MODE), because the dialogs show the user's snippets; only
   * this object holds the root
   */
  get layer(): HTMLElement {
    return this.dialogs().layer;
  }
  /**
   * the host of `layer` (a name the page cannot guess, after <body> like the panel's) and the
   * layer, made when the content UI first needs them, not at every form page's load (issue 12)
   */
  private privateParts: { host: HTMLElement; layer: HTMLElement } | null = null;
  /** where the bar's stylesheets go: in the panel's root, beside the bar */
  readonly barStyles: HTMLElement;
  /** where the content UI draws the bar; moved into the panel's foot whenever the panel draws one */
  readonly bar: HTMLElement;
  /** the page field the user was last in, and where its caret was */
  private lastField: HTMLElement | null = null;
  private caret: Caret | null = null;
  private controller: Promise<SnippetUi> | null = null;

  private dialogs(): { host: HTMLElement; layer: HTMLElement } {
    if (!this.privateParts) {
      const layer = document.createElement('div');
      layer.className = 'ea-snip-layer';
      const { host, shadow } = createHost(document, randomHostName(), PRIVATE_MODE, PRIVATE_ATTRIBUTE);
      const reset = document.createElement('style');
      reset.textContent = ':host{all:initial !important}';
      shadow.append(reset, layer);
      this.privateParts = { host, layer };
    }
    return this.privateParts;
  }

  constructor(private opts: SnippetHostOptions) {
    this.barStyles = document.createElement('div');
    this.barStyles.style.display = 'none';
    this.bar = document.createElement('div');
    // no box of its own: the bar's <section> stays a flex item of the panel
    this.bar.style.display = 'contents';
  }

  /** The panel's slot for the bar mounted: the bar goes in. Stable, for Preact's ref. */
  slotRef = (el: HTMLElement | null): void => {
    if (el && this.bar.parentNode !== el) el.append(this.bar);
  };

  private isOwn = (node: EventTarget | null): boolean => {
    const host = this.opts.panel.host;
    return node instanceof Node && (node === host || host.contains(node) || node === this.privateParts?.host);
  };

  /** Our dialogs' host in the page (again, should the page have removed it): after <body>, outside it. */
  attach = (): void => {
    const { host } = this.dialogs();
    if (host.parentNode !== document.documentElement) document.documentElement.append(host);
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

  // ---------------------------------------------------------------- delegating to the content UI

  private env(): SnippetEnv {
    return {
      layer: this.layer,
      bar: this.bar,
      barStyles: this.barStyles,
      attach: this.attach,
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
      signal: this.opts.ctx.signal,
    };
  }

  /**
   * The bar's two buttons, drawn here until the content UI is loaded (it then draws the whole
   * bar in their place): the same markup and styles, and a click loads that UI and does what
   * the button says. Drawing the buttons here instead of loading the content UI when the page
   * is idle after its load keeps that 128 KB script and its own first Preact draw out of the
   * page's load (10–15 ms of extension CPU on M6, bench loadprofile, issue 12).
   */
  drawButtons(): void {
    if (this.controller) return;
    const section = document.createElement('section');
    section.className = 'ea-snip';
    section.setAttribute('aria-label', t('snip.bar.title'));
    const actions = document.createElement('div');
    actions.className = 'ea-snip-actions';
    const buttons: [string, (ui: SnippetUi) => unknown][] = [
      ['snip.bar.fill', (ui) => ui.openPicker('form')],
      ['snip.bar.save', (ui) => ui.openSaveForm()],
    ];
    for (const [key, act] of buttons) {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'ea-btn ea-btn-small';
      b.textContent = t(key);
      // only the user's own click (components/trusted.ts)
      b.addEventListener('click', (e) => {
        if (e.isTrusted) this.run(act);
      });
      actions.append(b);
    }
    section.append(actions);
    this.bar.replaceChildren(section);
  }

  /** The snippet UI (it draws the bar), loading the content UI first if needed. */
  start(): Promise<SnippetUi> {
    this.attach();
    if (!this.controller) {
      const p = this.opts.ui.load().then((api) => {
        // the buttons drawn here make way for the content UI's whole bar
        this.bar.replaceChildren();
        return api.snippets(this.env());
      });
      this.controller = p;
      p.catch((e) => {
        // tried again on the next use
        if (this.controller === p) this.controller = null;
        console.warn('[eMENSCR Assistant] snippets: could not load the dialogs', e);
        this.loadFailed();
      });
    }
    return this.controller;
  }

  /** The content UI could not be loaded: the bar's place says why there is no bar (Thai or English). */
  loadFailed(): void {
    const note = document.createElement('p');
    note.className = 'ea-snip-note ea-snip-error';
    note.setAttribute('role', 'alert');
    note.dataset.testid = 'snippet-notice';
    note.textContent = t('snip.bar.noUi');
    this.bar.replaceChildren(note);
  }

  /** Run `what` in the content UI, loading it first if needed; never throws. */
  private run(what: (ui: SnippetUi) => unknown): void {
    this.start().then(
      async (ui) => {
        try {
          await what(ui);
        } catch (e) {
          console.warn('[eMENSCR Assistant] snippets: internal error; the page is not affected', e);
        }
      },
      () => {
        /* said in the bar's place (start) */
      },
    );
  }

  /** Messages from the background (context menu, command) and the popup: handled by the content UI. */
  onMessage = (req: SnippetPageRequest): Promise<boolean> => {
    this.run((ui) => ui.handle(req));
    return Promise.resolve(true);
  };

  dispose(): void {
    this.controller?.then(
      (ui) => ui.dispose(),
      () => {},
    );
  }
}

export function startSnippets(opts: SnippetHostOptions): SnippetHost {
  const c = new SnippetHost(opts);
  const { ctx, panel } = opts;
  // the bar's stylesheet (the content UI finds it there and does not add its own)
  const barCss = document.createElement('style');
  barCss.dataset.eaStyle = 'snippet-bar';
  barCss.textContent = snippetBarCss;
  panel.shadow.append(barCss, c.barStyles);
  // the bar's buttons until the content UI draws the whole bar (display: contents: no box of its own)
  c.drawButtons();
  panel.setExtra(<div class="ea-snip-slot" style="display:contents" ref={c.slotRef} />);
  // the content UI draws the bar as soon as it is loaded (on first use, or when idle after the
  // user's first input: ./ui.ts); a failed load says so in its place
  opts.ui.whenLoaded(
    () => void c.start().catch(() => {}),
    () => c.loadFailed(),
  );

  ctx.addEventListener(document, 'focusin', c.onFocusIn, { capture: true });
  ctx.addEventListener(document, 'focusout', c.onFocusOut, { capture: true });
  ctx.addEventListener(document, 'contextmenu', c.onContextMenu, { capture: true });
  onPageMessage((msg: unknown) => (isSnippetPageRequest(msg) ? c.onMessage(msg) : undefined));
  ctx.onInvalidated(() => c.dispose());
  return c;
}
