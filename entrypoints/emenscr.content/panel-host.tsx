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
import { PanelLayout } from '@/utils/content/layout';
import checklistCss from '@/components/checklist.css?inline';
import panelCss from '@/components/panel.css?inline';

export const HOST_NAME = 'emenscr-assistant';
/** Marks our hosts whatever their name (utils/collect and utils/guard skip what is inside). */
export const HOST_ATTRIBUTE = 'data-emenscr-assistant';

/** A custom-element name no page can have defined in advance. */
export function randomHostName(): string {
  const letters = (n: number) => Array.from(crypto.getRandomValues(new Uint8Array(n)), (b) => String.fromCharCode(97 + (b % 26))).join('');
  return `${letters(6)}-${letters(8)}`;
}

/**
 * A host element with an open shadow root. The page may have defined `name` as its own
 * custom element (its constructor runs on our element: it is the page's, not ours) or made
 * attachShadow throw; then try an unpredictable name, and as a last resort a <div>.
 */
export function createHost(doc: Document, name = HOST_NAME): { host: HTMLElement; shadow: ShadowRoot } {
  for (const tag of [name, randomHostName(), randomHostName(), 'div']) {
    try {
      const host = doc.createElement(tag);
      // an upgraded custom element (`:defined` on a name with a hyphen) belongs to the page
      if (tag.includes('-') && host.matches(':defined')) continue;
      const shadow = host.attachShadow({ mode: 'open' });
      host.setAttribute(HOST_ATTRIBUTE, '');
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

export function mountPanel(ctx: ContentScriptContext, onActivate: (f: Finding) => void): PanelHost {
  let collapsed = false;
  let last: { state: TabState; elements: readonly Element[] } | null = null;
  let extra: ComponentChildren = null;
  let teach: TeachParts | null = null;

  const { host, shadow } = createHost(document);
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important}${checklistCss}${panelCss}`;
  // WXT-free wrapper: the host itself is reset above, so place an inner wrapper instead
  const root = document.createElement('div');
  root.className = 'ea-root';
  const highlight = document.createElement('div');
  highlight.className = 'ea-highlight';
  highlight.style.display = 'none';
  shadow.append(style, root, highlight);
  const layout = new PanelLayout(root, document);

  const attach = () => {
    // after <body>, outside it: a replaced body or a page that clears it does not take the
    // host along; should it go anyway, it is put back
    if (host.parentNode !== document.documentElement) document.documentElement.append(host);
  };
  attach();

  const draw = () => {
    if (!last) return;
    attach();
    const { state, elements } = last;
    root.style.display = state.isForm ? '' : 'none';
    if (!state.isForm) {
      layout.release();
      return;
    }
    render(
      <Panel
        state={state}
        collapsed={collapsed}
        onToggle={(c) => {
          collapsed = c;
          draw();
          // keep keyboard focus on the toggle after re-render
          (shadow.querySelector(c ? '.ea-tab' : '.ea-collapse') as HTMLElement | null)?.focus();
        }}
        onActivate={onActivate}
        extra={extra}
        menu={teach?.menu}
        tools={teach?.tools()}
      />,
      root,
    );
    layout.apply(elements, collapsed);
  };

  ctx.addEventListener(window, 'resize', () => draw());
  ctx.onInvalidated(() => {
    layout.release();
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
      draw();
    },
    setTeach(parts) {
      teach = parts;
      draw();
    },
    redraw: () => draw(),
    remove: () => host.remove(),
  };
}
