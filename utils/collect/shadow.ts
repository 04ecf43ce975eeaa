/**
 * Forms drawn inside OPEN shadow roots (web components: a custom element whose label, native
 * control and help text live in its shadow root, as Shoelace, Lit-based and most design-system
 * components draw them). A person sees the label and the value; a light-DOM query sees only
 * the bare host element. Two readings, both structural (never a tag name):
 *  - a host whose shadow root holds ONE primary control (or one radio group) is a field host:
 *    the host stands for the field (it sits in the page's light DOM, so sections, tables and
 *    visibility read as for any control), its kind and value are those of the inner control
 *    (widgets/shadow-host.ts), its label the inner control's accessible name, resolved inside
 *    the shadow root (labels/accessible.ts: <label for>, aria-labelledby, slotted text);
 *  - any other host (an app shell, a form component) is looked into: the controls and hosts of
 *    its shadow root are candidates like those of the page.
 * CLOSED shadow roots are not readable by a page script nor by an extension's content script
 * (`host.shadowRoot` is null): their fields stay unread.
 */
import { passMemo } from './pass-memo';
import { isListboxButton } from './widgets/listbox-button';

/** Controls that can be a field host's primary control (a component's parts such as clear buttons are not). */
const PRIMARY =
  'input, select, textarea, [contenteditable=""], [contenteditable="true"], [role="combobox"], [role="slider"], [role="radiogroup"], [role="radio"], [role="checkbox"], [role="switch"], [role="textbox"], [role="spinbutton"], label button[aria-haspopup], button[aria-haspopup="true"], button[aria-haspopup="menu"]';
const NOT_A_FIELD_INPUT = /^(hidden|submit|button|reset|image|file)$/i;
/**
 * Our own UI is drawn in shadow hosts too: the panel, and the snippet picker under a random name
 * marked private (its root is closed in production, open in test builds or on a page that forces
 * every root open: never a part of the page's form).
 */
const OWN_UI = '[data-emenscr-assistant], [data-emenscr-assistant-private], emenscr-assistant';

/** How deep shadow roots are looked into (a host inside a host's shadow root …): a bound against pathological pages. */
const MAX_DEPTH = 8;

function isPrimaryPart(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
  if (el instanceof HTMLInputElement && NOT_A_FIELD_INPUT.test(el.type)) return false;
  // a menu button is a control only when its popup is a listbox (a select: sp-picker); any other
  // (a host's overflow menu, a date field's calendar toggle) is a part of the component
  if (el.tagName === 'BUTTON' && !el.parentElement?.closest('label') && el.getAttribute('aria-haspopup') !== null && !isListboxButton(el)) return false;
  // the inner parts of a radio group belong to it
  const group = el.parentElement?.closest('[role="radiogroup"]');
  return !group;
}

/**
 * The one control a host's open shadow root draws, or null (no shadow root, a closed one, no
 * control, or several: then the host is a container, not a field). Hidden and aria-hidden
 * controls are a component's plumbing (Shoelace's select keeps its value in an aria-hidden
 * input beside the shown one), not what a person fills.
 */
export function primaryControl(host: Element): Element | null {
  const root = host.shadowRoot;
  if (!root) return null;
  const memo = passMemo<Element | null>('shadow-primary');
  const known = memo?.get(host);
  if (known !== undefined) return known;
  let found: Element | null = null;
  const all = root.querySelectorAll(PRIMARY);
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (!isPrimaryPart(el)) continue;
    if (found) {
      found = null;
      break;
    }
    found = el;
  }
  memo?.set(host, found);
  return found;
}

/** The elements assigned to the slots of `el`'s subtree (a shadow root's slots show the host's children). */
function slotted(el: Element): Element[] {
  const out: Element[] = [];
  for (const slot of el.querySelectorAll('slot')) out.push(...(slot as HTMLSlotElement).assignedElements({ flatten: true }));
  return out;
}

/**
 * The options of a radio group drawn in a shadow root: its own radios, and the radios the host
 * slots into it, each either a radio itself (role on the slotted element) or a host whose
 * shadow root draws the radio.
 */
export function shadowRadioOptions(group: Element): Element[] {
  const out: Element[] = Array.from(group.querySelectorAll('[role="radio"], input[type="radio"]'));
  for (const el of slotted(group)) {
    if (el.matches('[role="radio"], input[type="radio"]')) out.push(el);
    else for (const inner of [el, ...el.querySelectorAll('*')]) {
      const r = inner.shadowRoot?.querySelector('[role="radio"], input[type="radio"]');
      if (r) out.push(r);
    }
  }
  return out;
}

/**
 * The radios of a `role=radiogroup` that holds no element with a radio role: custom elements
 * whose `radio` role is given through ElementInternals (Material Web's md-radio, as its docs
 * write the group: `<div role="radiogroup" aria-labelledby>` around md-radios each with a
 * `<label for>`), so that neither the role nor aria-checked is a DOM attribute. Read as such:
 * at least two focusable hosts (a `tabindex`, the roving focus of a radio group) of one tag, with
 * an open shadow root that draws no control of its own and no role attribute.
 */
export function internalsRadios(group: Element): Element[] {
  const byTag = new Map<string, Element[]>();
  for (const el of Array.from(group.querySelectorAll('[tabindex]:not([role])'))) {
    if (!el.localName.includes('-') || !el.shadowRoot || primaryControl(el)) continue;
    const list = byTag.get(el.localName);
    if (list) list.push(el);
    else byTag.set(el.localName, [el]);
  }
  const lists = Array.from(byTag.values()).filter((l) => l.length >= 2);
  return lists.length === 1 ? lists[0]! : [];
}

/**
 * Documents in which a collect pass met a shadow host of the page. Asking a subtree for field
 * hosts (holdsFieldHost) is a walk of every element; a page that never had one skips it
 * (ab-collect, stress form, load 11.7: the walks made a warm pass ~10 % slower).
 */
const hostsSeen = new WeakSet<Document>();

/** Whether a collect pass met a shadow host in `doc` (then a watching collector keeps no texts: utils/collect/index.ts). */
export function metShadowHost(doc: Document): boolean {
  return hostsSeen.has(doc);
}

interface Extra {
  /** the element of the light DOM (of the collected root) whose position it takes */
  anchor: Element;
  el: Element;
}

/** Field hosts and shadow-root candidates under `root`, in document order (see the module comment). */
function shadowExtras(root: Element, candidates: string): Extra[] {
  const out: Extra[] = [];
  const visit = (scope: Element | ShadowRoot, anchor: Element | null, depth: number) => {
    // the live getElementsByTagName list of the light DOM costs no snapshot of every element
    // (a shadow root, a fragment, has no such method)
    const all: ArrayLike<Element> = scope instanceof Element ? scope.getElementsByTagName('*') : scope.querySelectorAll('*');
    for (let i = 0; i < all.length; i++) {
      const el = all[i]!;
      if (!el.shadowRoot) continue;
      if (el.matches(OWN_UI)) continue;
      hostsSeen.add(el.ownerDocument);
      const at = anchor ?? el;
      if (primaryControl(el)) {
        out.push({ anchor: at, el });
        continue;
      }
      if (depth >= MAX_DEPTH) continue;
      const inner = el.shadowRoot.querySelectorAll(candidates);
      for (let j = 0; j < inner.length; j++) out.push({ anchor: at, el: inner[j]! });
      visit(el.shadowRoot, at, depth + 1);
    }
  };
  visit(root, null, 0);
  return out;
}

/**
 * The page's candidates with those of its open shadow roots merged in, in document order.
 * Without any shadow host (most pages) the light-DOM list is returned as it is: the only cost
 * is one walk asking each element for its shadow root.
 */
export function withShadowCandidates(root: Element, list: NodeListOf<Element>, candidates: string): ArrayLike<Element> {
  const extras = shadowExtras(root, candidates);
  if (!extras.length) return list;
  const out: Element[] = [];
  let j = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    // an extra goes before the first light candidate that follows its anchor (a host precedes its children)
    while (j < extras.length && (extras[j]!.anchor === c || extras[j]!.anchor.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_FOLLOWING)) out.push(extras[j++]!.el);
    out.push(c);
  }
  while (j < extras.length) out.push(extras[j++]!.el);
  return out;
}

/**
 * A field host in `el` or under it: its control is in its shadow root, out of reach of a light
 * DOM selector. Asked only when no light control was found (dom.ts containsControl: a header
 * block, a caption), and only in a document where a collect pass met a shadow host.
 */
export function holdsFieldHost(el: Element): boolean {
  if (!hostsSeen.has(el.ownerDocument)) return false;
  if (el.shadowRoot && primaryControl(el)) return true;
  const all = el.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) if (all[i]!.shadowRoot && primaryControl(all[i]!)) return true;
  return false;
}

/** The element that holds `node` in the page: its parent, or the host of the shadow root it is the top of. */
export function composedParent(el: Element): Element | null {
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** The open shadow roots of the field hosts among `elements` (the live checker observes them: mutations do not cross a shadow boundary). */
export function fieldShadowRoots(elements: readonly Element[]): ShadowRoot[] {
  const out: ShadowRoot[] = [];
  for (const el of elements) {
    if (el.shadowRoot && primaryControl(el)) {
      out.push(el.shadowRoot);
      continue;
    }
    // a question whose options are hosts drawing their state in their own shadow root: a chip
    // set's chips (aria-pressed on the button each draws; the set itself may be a host, only
    // slotting them), a radiogroup's md-radios (the drawn box's class)
    for (const c of Array.from(el.children)) if (c.shadowRoot) out.push(c.shadowRoot);
    if (el.getAttribute('role') === 'radiogroup') for (const r of internalsRadios(el)) if (r.parentElement !== el) out.push(r.shadowRoot!);
  }
  return out;
}

/**
 * Whether an added node is or holds a shadow host (rendered or not yet: a component renders
 * its shadow root a microtask after it is added). Used by the live checker to rescan.
 */
export function holdsShadowRoot(el: Element): boolean {
  if (el.shadowRoot) return true;
  const all = el.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) if (all[i]!.shadowRoot) return true;
  return false;
}

/**
 * The <slot> of its host's open shadow root that shows `el` (null when `el` is not a host's
 * child or its slot does not exist). The browser's `assignedSlot`; where a DOM lacks it (happy-dom
 * in the unit tests), the slot of that name.
 */
export function slotOf(el: Element): HTMLSlotElement | null {
  const own = (el as HTMLElement).assignedSlot;
  if (own !== undefined) return own;
  const root = el.parentElement?.shadowRoot;
  if (!root) return null;
  const name = el.getAttribute('slot');
  for (const slot of root.querySelectorAll('slot')) if ((slot.getAttribute('name') ?? '') === (name ?? '')) return slot as HTMLSlotElement;
  return null;
}

/**
 * `root.querySelectorAll(selector)` in the tree a person sees: also the elements the host slots
 * into `root`'s <slot>s (a web component's listbox shows the host's option children there).
 */
export function flatQueryAll(root: Element, selector: string): Element[] {
  const out = Array.from(root.querySelectorAll(selector));
  if (!(root.getRootNode() instanceof ShadowRoot)) return out;
  for (const el of slotted(root)) {
    if (el.matches(selector)) out.push(el);
    out.push(...el.querySelectorAll(selector));
  }
  return out;
}
