/** Mounts the checklist panel and the highlight layer in one open shadow root. */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { TabState } from '@/utils/messages';
import type { Finding } from '@/utils/types';
import { Panel } from '@/components/Panel';
import { PanelLayout } from './layout';

export const HOST_NAME = 'emenscr-assistant';

export interface PanelHost {
  update(state: TabState, fieldElements: readonly Element[]): void;
  highlight: HTMLElement;
  host: HTMLElement;
  remove(): void;
}

export async function mountPanel(
  ctx: ContentScriptContext,
  onActivate: (f: Finding) => void,
): Promise<PanelHost> {
  let collapsed = false;
  let last: { state: TabState; elements: readonly Element[] } | null = null;
  let layout: PanelLayout | null = null;
  let root: HTMLElement | null = null;
  let highlight: HTMLElement | null = null;

  const ui = await createShadowRootUi(ctx, {
    name: HOST_NAME,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    mode: 'open',
    onMount(container, _shadow, host) {
      host.setAttribute('data-emenscr-assistant', '');
      // WXT resets the host with `all: initial !important`, so place an inner wrapper instead
      root = document.createElement('div');
      root.className = 'ea-root';
      layout = new PanelLayout(root, document);
      highlight = document.createElement('div');
      highlight.className = 'ea-highlight';
      highlight.style.display = 'none';
      container.append(root, highlight);
      return container;
    },
    onRemove() {
      layout?.release();
      if (root) render(null, root);
    },
  });
  ui.mount();

  const draw = () => {
    if (!last || !root || !layout) return;
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
          (ui.shadow.querySelector(c ? '.ea-tab' : '.ea-collapse') as HTMLElement | null)?.focus();
        }}
        onActivate={onActivate}
      />,
      root,
    );
    layout.apply(elements, collapsed);
  };

  ctx.addEventListener(window, 'resize', () => draw());

  return {
    update(state, elements) {
      last = { state, elements };
      draw();
    },
    get highlight() {
      return highlight!;
    },
    host: ui.shadowHost,
    remove: () => ui.remove(),
  };
}
