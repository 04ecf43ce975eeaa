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
