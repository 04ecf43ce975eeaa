/**
 * A modal dialog inside our shadow root: labelled, focus moves into it and stays there
 * (Tab wraps), Escape closes, and keys typed in it do not reach the page's own shortcuts.
 */
import { trusted } from '../trusted';
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';

interface Props {
  title: string;
  onClose: () => void;
  children: ComponentChildren;
  /** selector of the element to focus first (default: the first field or button) */
  initialFocus?: string;
  wide?: boolean;
  testId?: string;
}

const FOCUSABLE = 'input:not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), [tabindex]:not([tabindex="-1"])';

let counter = 0;

/** The focused element, through open shadow roots (a panel button inside ours, a page field). */
function deepActiveElement(): HTMLElement | null {
  let el: Element | null = document.activeElement;
  while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
  return el instanceof HTMLElement && el !== document.body ? el : null;
}

export function Modal({ title, onClose, children, initialFocus, wide, testId }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const titleId = useRef(`ea-dialog-title-${++counter}`).current;
  // what had focus when the dialog opened (read during the first render, before we move focus)
  const opener = useRef<HTMLElement | null | undefined>(undefined);
  if (opener.current === undefined) opener.current = deepActiveElement();

  // a layout effect, not useEffect: Preact runs plain effects after the next frame, and a key
  // pressed in between (Escape right after the picker appeared, a CI run at load 12) went to
  // the page's field instead of the dialog
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    // closing (Escape, ×, a choice) gives focus back to the opener, not to <body>; an action that
    // moved focus on purpose (an insertion into a field) keeps it there
    const back = () => {
      const o = opener.current;
      const now = deepActiveElement();
      if (o?.isConnected && (!now || el.contains(now) || !now.isConnected)) o.focus({ preventScroll: true });
    };
    // the first field, not the close button in the title bar
    const first =
      (initialFocus && el.querySelector<HTMLElement>(initialFocus)) ||
      Array.from(el.querySelectorAll<HTMLElement>(FOCUSABLE)).find((x) => !x.classList.contains('ea-x'));
    first?.focus();
    return () => queueMicrotask(back);
  }, []);

  const onKeyDown = (e: KeyboardEvent) => {
    e.stopPropagation(); // the page's shortcuts must not see typing in our dialog
    if (!e.isTrusted) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      onClose();
      return;
    }
    if (e.key !== 'Tab' || !box.current) return;
    const items = Array.from(box.current.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((x) => x.offsetParent !== null);
    if (!items.length) return;
    const root = box.current.getRootNode() as ShadowRoot | Document;
    const active = root.activeElement;
    const first = items[0]!;
    const last = items[items.length - 1]!;
    if (e.shiftKey && active === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && active === last) {
      e.preventDefault();
      first.focus();
    }
  };

  return (
    <div class="ea-backdrop" onMouseDown={trusted((e) => e.target === e.currentTarget && onClose())}>
      <div
        ref={box}
        class={`ea-dialog${wide ? ' ea-dialog-wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
        onKeyDown={onKeyDown}
        onKeyUp={(e) => e.stopPropagation()}
        onKeyPress={(e) => e.stopPropagation()}
      >
        <div class="ea-dialog-head">
          <h2 id={titleId} class="ea-dialog-title">{title}</h2>
          <button type="button" class="ea-x" aria-label={t('snip.close')} title={t('snip.close')} onClick={trusted(onClose)}>
            ×
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
