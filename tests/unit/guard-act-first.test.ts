/**
 * The guard dialog's buttons act before a page's focus trap can swallow the click
 * (entrypoints/content-ui/guard.tsx actFirst): focus-trap (Spectrum's modal sp-overlay) stops every
 * click outside its modal in a document capture listener.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { actFirst } from '@/entrypoints/content-ui/guard';
import { trustedClick } from './trusted-events';

/** A page focus trap as focus-trap's checkClick does it: a click outside its container is stopped at the document. */
function focusTrap(container: Element): () => void {
  const stop = (e: Event) => {
    if (container.contains(e.composedPath()[0] as Node)) return;
    e.preventDefault();
    e.stopImmediatePropagation();
  };
  document.addEventListener('click', stop, true);
  return () => document.removeEventListener('click', stop, true);
}

let cleanup: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanup) c();
  cleanup = [];
});

function setup() {
  document.body.innerHTML = '<div id="page-modal"><button id="page-ok">ยืนยันการส่ง</button></div><div id="host"></div>';
  const root = document.getElementById('host')!.attachShadow({ mode: 'open' });
  root.innerHTML = '<dialog class="ea-guard" open><button data-guard="back">กลับไปแก้ไข</button><button data-guard="proceed">ส่งต่อไป</button><p id="text">ข้อความ</p></dialog>';
  const dialog = root.querySelector('dialog')!;
  const own = vi.fn();
  dialog.querySelector('[data-guard="back"]')!.addEventListener('click', own);
  cleanup.push(focusTrap(document.getElementById('page-modal')!));
  return { root, dialog, own };
}

describe('actFirst', () => {
  it('without it, a page focus trap swallows the click on our button', () => {
    const { root, own } = setup();
    trustedClick(root.querySelector('[data-guard="back"]')!);
    expect(own).not.toHaveBeenCalled();
  });

  it('a trusted click on one of our dialog\'s buttons is acted on once, before the page\'s trap', () => {
    const { root, dialog, own } = setup();
    const act = vi.fn();
    cleanup.push(actFirst(dialog, act, (e) => e.isTrusted === true));
    trustedClick(root.querySelector('[data-guard="back"]')!);
    expect(act).toHaveBeenCalledTimes(1);
    expect(act.mock.calls[0]![0].getAttribute('data-guard')).toBe('back');
    // the event stopped there: the button's own handler does not act a second time
    expect(own).not.toHaveBeenCalled();
  });

  it('leaves untrusted clicks, clicks on the dialog\'s text and the page\'s own clicks alone', () => {
    const { root, dialog } = setup();
    const act = vi.fn();
    cleanup.push(actFirst(dialog, act, (e) => e.isTrusted === true));
    (root.querySelector('[data-guard="proceed"]') as HTMLElement).dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    trustedClick(root.getElementById('text')!);
    const page = vi.fn();
    document.getElementById('page-ok')!.addEventListener('click', page);
    trustedClick(document.getElementById('page-ok')!);
    expect(act).not.toHaveBeenCalled();
    expect(page).toHaveBeenCalledTimes(1);
  });

  it('removes its listener', () => {
    const { root, dialog } = setup();
    const act = vi.fn();
    actFirst(dialog, act, (e) => e.isTrusted === true)();
    trustedClick(root.querySelector('[data-guard="back"]')!);
    expect(act).not.toHaveBeenCalled();
  });
});
