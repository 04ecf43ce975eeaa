/** Takes the user to a field: scroll it into view, focus it, draw a highlight in our own layer. */
import { adapterFor } from '@/utils/collect/widgets';

function focusTarget(el: Element): HTMLElement | null {
  // the widget's own answer first (the visible proxy of a hidden select, a drawn select's type-ahead)
  const own = adapterFor(el)?.focus?.(el);
  // (an editor's body in its iframe is an HTMLElement of the frame's window, not of this one)
  if (own && own !== el && (own instanceof HTMLElement || own.ownerDocument !== el.ownerDocument)) return own as HTMLElement;
  if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
    const scope = el.form ?? el.ownerDocument;
    const checked = scope.querySelector<HTMLInputElement>(`input[type="radio"][name="${CSS.escape(el.name)}"]:checked`);
    return checked ?? el;
  }
  if (el.getAttribute('role') === 'radiogroup') {
    return (
      el.querySelector<HTMLElement>('[role="radio"][aria-checked="true"]') ??
      el.querySelector<HTMLElement>('[role="radio"], input[type="radio"]')
    );
  }
  if (el instanceof HTMLElement && (el.tabIndex >= 0 || el.isContentEditable || 'disabled' in el)) return el;
  return el.querySelector<HTMLElement>('input, select, textarea, [tabindex], [contenteditable="true"]') ?? (el as HTMLElement);
}

export function goToField(el: Element, highlight: HTMLElement): void {
  el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' as ScrollBehavior });
  focusTarget(el)?.focus({ preventScroll: true });
  const place = () => {
    // radio groups: outline the group container
    const box = (el instanceof HTMLInputElement && el.type === 'radio'
      ? el.closest('fieldset, [role="radiogroup"], td') ?? el
      : el
    ).getBoundingClientRect();
    Object.assign(highlight.style, {
      left: `${box.left - 4}px`,
      top: `${box.top - 4}px`,
      width: `${box.width + 8}px`,
      height: `${box.height + 8}px`,
      opacity: '1',
      display: 'block',
    });
  };
  place();
  const follow = () => place();
  window.addEventListener('scroll', follow, { passive: true, capture: true });
  window.addEventListener('resize', follow, { passive: true });
  const prev = (highlight as HTMLElement & { _stop?: () => void })._stop;
  prev?.();
  const timer = setTimeout(() => stop(), 4000);
  function stop() {
    clearTimeout(timer);
    window.removeEventListener('scroll', follow, { capture: true });
    window.removeEventListener('resize', follow);
    highlight.style.opacity = '0';
    highlight.style.display = 'none';
  }
  (highlight as HTMLElement & { _stop?: () => void })._stop = stop;
}
