/**
 * The send guard's dialog, drawn for the always-loaded guard (entrypoints/emenscr.content/guard.ts),
 * which has already stopped the send and decided; it passes the decision and callbacks.
 *
 * The dialog is a native <dialog> opened with showModal(): the browser's top layer, above
 * any z-index, after (so above) the page's own modal dialog, and never inert (a modal
 * dialog escapes the `inert` a modal library puts on the page's other elements). Before
 * saying it is shown, it checks that its buttons are what a click at their centre would
 * hit (elementFromPoint through our shadow root): if not, the guard is told (false) and
 * sends at once, so a stopped send is never trapped behind a page's overlay. While it is
 * open a watchdog re-checks; a dialog that another modal covered, the page closed or
 * removed counts as "กลับไปแก้ไข": the held send is released (nothing is sent) and the
 * page's own send button works again.
 */
import { render } from 'preact';
import { GuardDialog, type GuardDialogProps } from '@/components/GuardDialog';
import guardCss from '@/components/guard.css?inline';
import { addStyleBefore } from './style';

/** How often an open dialog re-checks that the user can still reach its buttons. */
const WATCH_MS = 400;

interface Shown {
  dialog: HTMLDialogElement;
  props: GuardDialogProps;
  timer: ReturnType<typeof setInterval>;
  /** removes the window listener of actFirst */
  unlisten: () => void;
}

/**
 * A page's focus trap stops every click outside its own modal in a capture listener on the
 * document (the focus-trap library's checkClick: preventDefault + stopImmediatePropagation;
 * Spectrum's modal sp-overlay uses it): our dialog, drawn above that modal in the top layer, never
 * saw a click on its buttons, so a held send could neither go back nor go on (zoo-guard
 * wc-spectrum: "กลับไปแก้ไข" did nothing). A capture listener on the window runs before any
 * listener of the document: a trusted click on one of our dialog's buttons is acted on there,
 * once (the event stops there: neither the page nor the button's own handler sees it).
 * Returns the function that removes the listener. `trusted` is for the unit tests (happy-dom
 * cannot make a trusted event).
 */
export function actFirst(dialog: HTMLElement, act: (button: HTMLButtonElement) => void, trusted = (e: Event) => e.isTrusted): () => void {
  const win = dialog.ownerDocument.defaultView;
  if (!win) return () => {};
  const onClick = (e: Event) => {
    if (!trusted(e)) return;
    const path = e.composedPath();
    if (!path.includes(dialog)) return;
    const button = path.find((n) => (n as Element).tagName === 'BUTTON') as HTMLButtonElement | undefined;
    if (!button || !dialog.contains(button) || button.disabled) return;
    e.stopImmediatePropagation();
    e.preventDefault();
    act(button);
  };
  win.addEventListener('click', onClick, true);
  return () => win.removeEventListener('click', onClick, true);
}

/** What a button of the dialog does (GuardDialog: data-guard back / proceed, data-budget-type answers). */
function actOf(props: GuardDialogProps, button: HTMLButtonElement): void {
  const which = button.getAttribute('data-guard');
  if (which === 'back') props.onBack();
  else if (which === 'proceed') props.onProceed();
  else {
    const id = button.getAttribute('data-budget-type');
    if (id) props.onAnswer(id);
  }
}

const shown = new WeakMap<HTMLElement, Shown>();

/**
 * The dialog is modal, connected, and a click at the centre of each of its buttons lands on
 * that button (not on a page element stacked above, nor nowhere because it is hidden).
 */
export function isReachable(dialog: HTMLDialogElement): boolean {
  if (!dialog.isConnected || !dialog.open || !dialog.matches(':modal')) return false;
  const root = dialog.getRootNode() as Document | ShadowRoot;
  if (typeof root.elementFromPoint !== 'function') return false;
  const buttons = dialog.querySelectorAll<HTMLElement>('[data-guard]');
  if (!buttons.length) return false;
  for (const b of buttons) {
    if (b.closest('[inert]')) return false;
    const r = b.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    const x = r.left + r.width / 2;
    const y = r.top + r.height / 2;
    if (x < 0 || y < 0 || x >= window.innerWidth || y >= window.innerHeight) return false;
    const hit = root.elementFromPoint(x, y);
    if (!hit || !(hit === b || b.contains(hit))) return false;
  }
  return true;
}

function release(layer: HTMLElement): Shown | undefined {
  const s = shown.get(layer);
  if (s) {
    clearInterval(s.timer);
    s.unlisten();
    shown.delete(layer);
  }
  return s;
}

/**
 * Render (or re-render) the dialog into `layer` and show it in the top layer. True only when
 * it is shown there and its buttons can be clicked; false (dialog closed again) otherwise.
 */
export function showGuardDialog(layer: HTMLElement, props: GuardDialogProps): boolean {
  try {
    addStyleBefore(layer, 'guard', guardCss);
    render(<GuardDialog {...props} />, layer);
    const dialog = layer.querySelector<HTMLDialogElement>('dialog.ea-guard');
    if (!dialog) throw new Error('no dialog');
    if (!dialog.open || !isReachable(dialog)) {
      // (re)open last: a page modal opened since would otherwise stay above ours
      if (dialog.open) dialog.close();
      dialog.showModal();
    }
    if (!isReachable(dialog)) throw new Error('the dialog is covered or hidden');
    const prev = release(layer);
    if (prev?.dialog !== dialog) dialog.addEventListener('close', () => onClosed(layer, dialog));
    const timer = setInterval(() => {
      const s = shown.get(layer);
      if (s && !isReachable(s.dialog)) lost(layer);
    }, WATCH_MS);
    const unlisten = actFirst(dialog, (b) => {
      const now = shown.get(layer);
      if (now) actOf(now.props, b);
    });
    shown.set(layer, { dialog, props, timer, unlisten });
    return true;
  } catch (e) {
    console.warn('[eMENSCR Assistant] send guard: the dialog cannot be shown where the user can reach it', e);
    closeGuardDialog(layer);
    return false;
  }
}

/** Closed by something else than our own close (the page called close(), or removed it). */
function onClosed(layer: HTMLElement, dialog: HTMLDialogElement): void {
  // closed and reopened at once (to restack above a page modal): still ours and open
  if (dialog.open) return;
  if (shown.get(layer)?.dialog === dialog) lost(layer);
}

/** The user can no longer reach the dialog: release the held send (nothing is sent). */
function lost(layer: HTMLElement): void {
  const s = shown.get(layer);
  if (!s) return;
  closeGuardDialog(layer);
  try {
    s.props.onBack();
  } catch (e) {
    console.warn('[eMENSCR Assistant] send guard: could not release the send', e);
  }
}

export function closeGuardDialog(layer: HTMLElement): void {
  const s = release(layer);
  try {
    if (s?.dialog.open) s.dialog.close();
  } catch {
    /* already gone */
  }
  render(null, layer);
}
