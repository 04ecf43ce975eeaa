/**
 * Events as the browser makes them for a user's action (isTrusted: true). happy-dom leaves
 * isTrusted undefined on every event, so a test defines it; in a real browser the property
 * cannot be redefined, and a page script's events are always untrusted.
 */
export function asTrusted<E extends Event>(e: E): E {
  Object.defineProperty(e, 'isTrusted', { value: true });
  return e;
}

export function trustedClick(el: Element): void {
  el.dispatchEvent(asTrusted(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true })));
}

export function trustedKey(el: Element, key: string, init: KeyboardEventInit = {}): void {
  el.dispatchEvent(asTrusted(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...init })));
}
