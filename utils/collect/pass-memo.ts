/**
 * Answers about one element kept for one collect pass (beginDomPass … endDomPass: the DOM does
 * not change within a pass), by name; null outside a pass (then ask the page).
 */
let passMemos: Map<string, Map<Element, unknown>> | null = null;

export function beginDomPass(): void {
  passMemos = new Map();
}

export function endDomPass(): void {
  passMemos = null;
}

export function passMemo<V>(name: string): Map<Element, V> | null {
  if (!passMemos) return null;
  let memo = passMemos.get(name);
  if (!memo) passMemos.set(name, (memo = new Map()));
  return memo as Map<Element, V>;
}
