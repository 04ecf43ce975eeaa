/**
 * Mounts the checklist panel and the highlight layer in one open shadow root on a
 * custom element of our own. (Hand-written rather than WXT's createShadowRootUi: the
 * same result for ~4 KB less gzip in the content script.)
 *
 * The host is `<emenscr-assistant data-emenscr-assistant>` (tests and outside checks select
 * it), a child of <html> after <body>: an SPA that replaces <body> or its content does not
 * remove it, and a modal library that marks <body>'s other children `inert` does not reach
 * it. A page can pre-empt the name (define `emenscr-assistant` itself, or make
 * attachShadow throw): then the host gets an unpredictable name instead, and the
 * assistant works the same.
 */
import { render, type ComponentChildren } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { TabState } from '@/utils/messages';
import type { Finding } from '@/utils/types';
import { Panel } from '@/components/Panel';
import { browser } from 'wxt/browser';
import { onPageMessage } from '@/utils/content/page-messages';
import { choosePlacement, measurePage, OVERLAY_SELECTOR, PanelLayout, type Measure } from '@/utils/content/layout';
import { DEFAULT_PANEL_PREFS, PANEL_PREFS_KEY, panelShown, parsePanelPrefs, type PanelPrefs } from '@/utils/panel-prefs';
import { getLang } from '@/utils/i18n';
import checklistCss from '@/components/checklist.css?inline';
import panelCss from '@/components/panel.css?inline';

export const HOST_NAME = 'emenscr-assistant';
/** Marks our hosts whatever their name (utils/collect and utils/guard skip what is inside). */
export const HOST_ATTRIBUTE = 'data-emenscr-assistant';
/**
 * Marks the host of what shows the user's stored data (the snippet picker, the save previews,
 * the fill dialogs): its shadow root is closed, so page script cannot read it
 * (`host.shadowRoot` is null). The checklist panel stays in an open root: it shows only the
 * page's own state (issue 11).
 */
export const PRIVATE_ATTRIBUTE = 'data-emenscr-assistant-private';
/**
 * Closed in the product. Open in the test build only, because Playwright's locators pierce open
 * shadow roots and not closed ones (its documentation: "Closed-mode shadow roots are not
 * supported"); tests/e2e/hostile.spec.ts checks the closed root of the production build.
 */
export const PRIVATE_MODE: ShadowRootMode = __TEST_HOOKS__ ? 'open' : 'closed';

/** A custom-element name no page can have defined in advance. */
export function randomHostName(): string {
  const letters = (n: number) => Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => String.fromCharCode(97 + (b % 26))).join('');
  return `${letters(6)}-${letters(8)}`;
}

/**
 * A host element with a shadow root (open unless `mode` says closed). The page may have defined `name` as its own
 * custom element (its constructor runs on our element: it is the page's, not ours) or made
 * attachShadow throw; then try an unpredictable name, and as a last resort a <div>.
 */
export function createHost(
  doc: Document,
  name = HOST_NAME,
  mode: ShadowRootMode = 'open',
  attribute = HOST_ATTRIBUTE,
): { host: HTMLElement; shadow: ShadowRoot } {
  for (const tag of [name, randomHostName(), randomHostName(), 'div']) {
    try {
      const host = doc.createElement(tag);
      // an upgraded custom element (`:defined` on a name with a hyphen) belongs to the page
      if (tag.includes('-') && host.matches(':defined')) continue;
      // the root is kept by the caller (a closed one cannot be found again)
      const shadow = host.attachShadow({ mode });
      host.setAttribute(attribute, '');
      return { host, shadow };
    } catch {
      /* the page made this one unusable: try the next */
    }
  }
  throw new Error('no element accepts a shadow root');
}

export interface PanelHost {
  update(state: TabState, fieldElements: readonly Element[]): void;
  highlight: HTMLElement;
  host: HTMLElement;
  shadow: ShadowRoot;
  /** more content at the foot of the panel (the snippet bar) */
  setExtra(node: ComponentChildren): void;
  /** corrections: each finding's menu and the header's actions (./teach.tsx) */
  setTeach(teach: TeachParts | null): void;
  /** redraw with the last state (after the teach parts changed) */
  redraw(): void;
  remove(): void;
}

export interface TeachParts {
  menu: (f: Finding) => ComponentChildren;
  tools: () => ComponentChildren;
}

/** `stored`: storage.local's panel choices as read with the content script's start (null: none stored); undefined: read them here. */
export function mountPanel(ctx: ContentScriptContext, onActivate: (f: Finding) => void, stored?: unknown): PanelHost {
  let last: { state: TabState; elements: readonly Element[] } | null = null;
  let extra: ComponentChildren = null;
  let prefs: PanelPrefs = DEFAULT_PANEL_PREFS;
  /** opened from the edge tab (or by the focus command) for now, not remembered */
  let onDemand = false;
  let teach: TeachParts | null = null;

  const { host, shadow } = createHost(document);
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important}${checklistCss}${panelCss}`;
  // WXT-free wrapper: the host itself is reset above, so place an inner wrapper instead
  const root = document.createElement('div');
  root.className = 'ea-root';
  root.style.display = 'none';
  const highlight = document.createElement('div');
  highlight.className = 'ea-highlight';
  highlight.style.display = 'none';
  shadow.append(style, root, highlight);
  const layout = new PanelLayout(root);
  const isOwn = (n: Node) => n === host || host.contains(n);

  // The page's measurement (utils/content/layout.ts), redone only for a new scan (a new
  // fieldElements array), a new window size, or a page dialog/sidebar opening or closing.
  let measure: Measure | null = null;
  let measuredFor: readonly Element[] | null = null;
  let measuredSize = '';
  let overlaysChanged = false;
  let rendered = '';

  const attach = () => {
    // after <body>, outside it: a replaced body or a page that clears it does not take the
    // host along; should it go anyway, it is put back
    if (host.parentNode !== document.documentElement) document.documentElement.append(host);
  };
  attach();

  const shown = () => Boolean(last?.state.isForm && panelShown(prefs, last.state.screen));

  const draw = () => {
    if (!last) return;
    attach();
    if (!shown()) {
      if (root.style.display !== 'none') root.style.display = 'none';
      onDemand = false;
      return;
    }
    const { state, elements } = last;
    // read the page first (cached unless something it depends on changed), then write
    const html = document.documentElement;
    const width = html.clientWidth;
    const height = html.clientHeight;
    const size = `${width}x${height}`;
    if (!measure || elements !== measuredFor || size !== measuredSize || overlaysChanged) {
      measure = measurePage(document, isOwn, elements);
      measuredFor = elements;
      measuredSize = size;
      overlaysChanged = false;
    }
    const place = choosePlacement(measure, width);
    const open = place.mode === 'panel' ? !prefs.collapsed || onDemand : onDemand;
    const overlay = open && place.mode === 'tab';
    // redraw only when what the panel shows changed
    const key = JSON.stringify([state.isForm, state.failed, state.result?.findings, state.send, open, overlay, getLang()]);
    if (key !== rendered || extraChanged) {
      rendered = key;
      extraChanged = false;
      render(
        <Panel
          state={state}
          collapsed={!open}
          overlay={overlay}
          onToggle={toggle}
          onActivate={onActivate}
          extra={extra}
          menu={teach?.menu}
          tools={teach?.tools()}
        />,
        root,
      );
    }
    if (root.style.display) root.style.display = '';
    layout.apply(place, measure.top, height, width, open);
  };
  let extraChanged = false;

  const focusPanel = (collapsedNow: boolean) => {
    const target = collapsedNow ? shadow.querySelector('.ea-tab') : shadow.querySelector('.ea-title');
    (target as HTMLElement | null)?.focus();
  };

  const toggle = (collapse: boolean) => {
    const roomy = measure ? choosePlacement(measure, document.documentElement.clientWidth).mode === 'panel' : true;
    if (roomy) {
      // the user's choice beside the form is remembered (across pages and sessions)
      prefs = { ...prefs, collapsed: collapse };
      void browser.storage.local.set({ [PANEL_PREFS_KEY]: prefs }).catch(() => {});
      onDemand = false;
    } else {
      // no free room: the panel opens over the page only while the user wants it
      onDemand = !collapse;
    }
    draw();
    // keep keyboard focus on the toggle after re-render
    focusPanel(collapse);
  };

  // Page dialogs and sidebars opening or closing: measure again (one check per frame; a
  // record is looked at only if its node is such an overlay, at most 200 records per batch)
  let frame = 0;
  const remeasureSoon = () => {
    overlaysChanged = true;
    if (!frame) {
      frame = requestAnimationFrame(() => {
        frame = 0;
        draw();
      });
    }
  };
  const isOverlay = (n: Node | null) => n instanceof Element && !isOwn(n) && (n.matches(OVERLAY_SELECTOR) || (n.childElementCount > 0 && n.querySelector(OVERLAY_SELECTOR) !== null));
  const observer = new MutationObserver((records) => {
    if (!shown()) return;
    for (let i = 0; i < records.length && i < 200; i++) {
      const r = records[i]!;
      if (r.type === 'attributes' ? r.target instanceof Element && r.target.matches(OVERLAY_SELECTOR) : [...r.addedNodes, ...r.removedNodes].some(isOverlay)) {
        remeasureSoon();
        return;
      }
    }
  });
  observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['open', 'class', 'style', 'hidden', 'aria-hidden'] });
  // an overlay sliding or fading in: measure where it ends up
  const onTransitionEnd = (e: Event) => {
    if (shown() && e.target instanceof Element && !isOwn(e.target) && e.target.closest(OVERLAY_SELECTOR)) remeasureSoon();
  };
  ctx.addEventListener(document, 'transitionend', onTransitionEnd, { capture: true, passive: true });
  ctx.addEventListener(document, 'animationend', onTransitionEnd, { capture: true, passive: true });
  ctx.addEventListener(window, 'resize', () => draw());

  // the user's panel choices (popup, options page, the collapse button in another tab)
  if (stored !== undefined) prefs = parsePanelPrefs(stored ?? undefined);
  else {
    void browser.storage.local
      .get(PANEL_PREFS_KEY)
      .then((got) => {
        prefs = parsePanelPrefs(got[PANEL_PREFS_KEY]);
        draw();
      })
      .catch(() => {});
  }
  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !changes[PANEL_PREFS_KEY]) return;
    prefs = parsePanelPrefs(changes[PANEL_PREFS_KEY].newValue);
    draw();
  };
  browser.storage.onChanged.addListener(onStorage);
  // Alt+Shift+E (the background's "focus-panel" command): open the panel for now and move the keyboard there
  const onMessage = (msg: unknown) => {
    if ((msg as { type?: string })?.type !== 'panel:focus') return undefined;
    if (!shown()) return Promise.resolve(false);
    onDemand = true;
    draw();
    focusPanel(false);
    return Promise.resolve(true);
  };
  const stopMessages = onPageMessage(onMessage);

  ctx.onInvalidated(() => {
    observer.disconnect();
    browser.storage.onChanged.removeListener(onStorage);
    stopMessages();
    render(null, root);
    host.remove();
  });

  return {
    update(state, elements) {
      last = { state, elements };
      draw();
    },
    highlight,
    host,
    shadow,
    setExtra(node) {
      extra = node;
      extraChanged = true;
      draw();
    },
    setTeach(parts) {
      teach = parts;
      extraChanged = true;
      draw();
    },
    redraw: () => {
      extraChanged = true;
      draw();
    },
    remove: () => host.remove(),
  };
}
