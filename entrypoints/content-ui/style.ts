/** Put a stylesheet of the lazily loaded UI into our shadow root, once, just before its layer. */
export function addStyleBefore(layer: HTMLElement, key: string, css: string): void {
  const root = layer.getRootNode() as ParentNode;
  if (root.querySelector?.(`style[data-ea-style="${key}"]`)) return;
  const style = document.createElement('style');
  style.dataset.eaStyle = key;
  style.textContent = css;
  layer.before(style);
}
