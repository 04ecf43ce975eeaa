/**
 * Our controls act only on what the user did. A page script can call `.click()` on an
 * element of our open shadow root or dispatch events to it; those events are untrusted
 * (`isTrusted === false`), while a real click, a key press (Enter/Space on a button turns
 * into a trusted click) and the browser's own events are trusted. Popup and extension pages
 * have no page script, so there the check costs nothing and changes nothing.
 */
export function trusted<E extends Event>(fn: (e: E) => void): (e: E) => void {
  return (e) => {
    if (e.isTrusted) fn(e);
  };
}

/**
 * The `onSubmit` of every form in our UI: the form's own submission never acts. Its submit event
 * cannot tell the user from the page: `form.requestSubmit()` in page script fires a TRUSTED submit
 * (tests/e2e/hostile.spec.ts: a page saved a snippet of its own through a submit handler that
 * checked isTrusted). The action runs on the submit button's click instead, through `trusted`:
 * that click is trusted for a real click, Enter or Space on the button, and Enter in a field (the
 * browser's implicit submission clicks the default button), and untrusted for a page's .click().
 */
export function noSubmit(e: Event): void {
  e.preventDefault();
}
