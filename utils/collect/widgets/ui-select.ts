/**
 * AngularJS ui-select (angular-ui/ui-select 0.x, the select of AngularJS apps; bootstrap, select2
 * and selectize themes): no native <select>, no hidden store input. Its box
 * (`div.ui-select-container`, no role) holds a toggle (a `tabindex=-1` span whose default
 * aria-label is the English "Select box activate") showing a placeholder span or the chosen
 * text, and a `type=search` input that is only displayed while the menu is open (single) or that
 * sits after the chips (multiple: `.ui-select-match-item` buttons with a × close). The choices are
 * rendered only when the menu opens. A single ui-select also appends an offscreen focus input
 * (`input.ui-select-focusser.ui-select-offscreen`, role=button, aria-label "Select box focus")
 * to its box, which only passes keys to the search: the same field (read as a text box of its own
 * it was an empty field named by the box's placeholder and choice on the zoo's M1 cascade).
 *
 * The search input is what `<label for>` (ui-select's `input-id`) points at, and it is the one
 * candidate the collector meets; read as a text box it was always empty (a false "ยังไม่ได้กรอก" on
 * every chosen quarter and plan of the zoo's angularjs-bootstrap3 page), and unlabelled it was
 * dropped as a search box (the M1 ยุทธศาสตร์ชาติ chain read as unlinked; the send step's approver
 * unread, so a wrong approver was sent unguarded). The field is the box: named by the layout
 * around it (its control-label column, the label above it), its value what it shows, a part
 * hidden from view (the placeholder span while a choice is shown, the match text while empty:
 * AngularJS's ng-hide) is not shown text.
 */
import type { ValueRead, WidgetAdapter } from './types';
import { cleanText } from '@/utils/text';
import { isPlaceholder } from './common';

const BOX = '.ui-select-container';

function boxOf(el: Element): Element | null {
  if (!(el instanceof HTMLInputElement)) return null;
  if (!el.classList.contains('ui-select-search') && !el.classList.contains('ui-select-focusser')) return null;
  return el.closest(BOX);
}

function displayed(e: Element): boolean {
  const h = e as HTMLElement;
  if (typeof getComputedStyle !== 'function' || !h.isConnected) return !e.classList.contains('ng-hide');
  return getComputedStyle(h).display !== 'none' && !e.classList.contains('ng-hide');
}

/** Text of `e` without hidden parts, inputs and the chips' close marks. */
function shown(e: Element): string {
  const parts: string[] = [];
  const walk = (node: Element): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push(c.nodeValue ?? '');
      else if (c.nodeType === 1) {
        const x = c as Element;
        if (x.tagName === 'INPUT' || !displayed(x) || x.classList.contains('ui-select-match-close') || x.getAttribute('aria-hidden') === 'true') continue;
        walk(x);
        parts.push(' ');
      }
    }
  };
  walk(e);
  return cleanText(parts.join(''));
}

export function readUiSelect(box: Element, placeholders: ReadonlySet<string>): ValueRead {
  const options = Array.from(box.querySelectorAll('.ui-select-choices-row')).map((o) => cleanText(o.textContent ?? '')).filter(Boolean);
  if (box.classList.contains('ui-select-multiple')) {
    const chips = Array.from(box.querySelectorAll('.ui-select-match-item')).filter(displayed).map(shown).filter(Boolean);
    return { value: chips.join(', '), empty: chips.length === 0, options };
  }
  const match = box.querySelector('.ui-select-match-text');
  const text = match && displayed(match) ? shown(match) : '';
  const empty = !text || isPlaceholder(text, placeholders);
  return { value: empty ? '' : text, empty, options };
}

export const uiSelect: WidgetAdapter = {
  id: 'ui-select',
  match: (el) => boxOf(el) !== null,
  owner: (el) => boxOf(el) ?? el,
  kind: () => 'select',
  read: (box, ctx) => readUiSelect(box, ctx.placeholders),
  // ng-disabled draws `disabled` on the toggle and the search input (spans and divs cannot be :disabled)
  disabled: (box) => box.querySelector('.ui-select-toggle[disabled], input.ui-select-search[disabled]') !== null,
  focus: (box) => box.querySelector('.ui-select-toggle') ?? box.querySelector('input.ui-select-search') ?? box,
  observe: ['class'],
};

