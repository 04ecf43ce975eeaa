/**
 * The menu of one finding (issue 14): a menu button ("ตัวเลือกสำหรับ: …") and a menu
 * following the WAI-ARIA menu button pattern: Enter, Space or ↓ opens it on the first item,
 * ↑ on the last; ↑ ↓ Home End move; Enter or Space chooses; Escape closes and returns to
 * the button; Tab or a click elsewhere closes it. Acts only on the user's own events
 * (./trusted.ts): a page script cannot choose an item for them.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { trusted } from './trusted';

export interface MenuItem {
  id: string;
  text: string;
  disabled?: boolean;
}

interface Props {
  /**
   * The button's accessible name ("ตัวเลือก"), kept short: a name holding the field's label
   * would make the page's own field and our button answer to the same label.
   */
  name: string;
  /** which field it is about ("ตัวเลือกสำหรับ: หมายเหตุ"): its description and tooltip */
  description: string;
  items: MenuItem[];
  onSelect: (id: string) => void;
}

let counter = 0;

export function FindingMenu({ name, description, items, onSelect }: Props) {
  const [open, setOpen] = useState(false);
  const [focusAt, setFocusAt] = useState(0);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const id = useRef(`ea-menu-${++counter}`).current;
  const buttonId = `${id}-button`;
  const descId = `${id}-desc`;

  useEffect(() => {
    if (!open) return;
    const el = list.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[focusAt];
    el?.focus();
  }, [open, focusAt]);

  const show = (at: number) => {
    setFocusAt(at < 0 ? items.length - 1 : at);
    setOpen(true);
  };
  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const choose = (item: MenuItem) => {
    if (item.disabled) return;
    close(true);
    onSelect(item.id);
  };

  const onButtonKey = trusted((e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      show(0);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      show(-1);
    }
  });

  const onItemKey = trusted((e: KeyboardEvent) => {
    e.stopPropagation(); // the page's shortcuts must not see keys meant for our menu
    const n = items.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        setFocusAt((focusAt + 1) % n);
        break;
      case 'ArrowUp':
        e.preventDefault();
        setFocusAt((focusAt - 1 + n) % n);
        break;
      case 'Home':
        e.preventDefault();
        setFocusAt(0);
        break;
      case 'End':
        e.preventDefault();
        setFocusAt(n - 1);
        break;
      case 'Escape':
        e.preventDefault();
        close(true);
        break;
      case 'Tab':
        close(false);
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        choose(items[focusAt]!);
        break;
    }
  });

  return (
    <div
      class="ea-menu-wrap"
      onFocusOut={(e) => {
        const next = e.relatedTarget as Node | null;
        if (open && (!next || !(e.currentTarget as HTMLElement).contains(next))) setOpen(false);
      }}
    >
      <button
        ref={button}
        id={buttonId}
        type="button"
        class="ea-menu-button"
        aria-label={name}
        aria-describedby={descId}
        title={description}
        aria-haspopup="menu"
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={open ? id : undefined}
        onClick={trusted(() => (open ? close(true) : show(0)))}
        onKeyDown={onButtonKey}
      >
        {/* the glyph comes from CSS: the item's text (innerText, what tests and copy-paste read) stays the finding */}
        <span class="ea-menu-glyph" aria-hidden="true" />
      </button>
      {/* hidden: read as the button's description, never part of the item's visible text */}
      <span id={descId} hidden>
        {description}
      </span>
      {open && (
        <ul ref={list} id={id} class="ea-menu" role="menu" aria-labelledby={buttonId} onKeyDown={onItemKey}>
          {items.map((item, i) => (
            <li
              key={item.id}
              role="menuitem"
              tabIndex={-1}
              aria-disabled={item.disabled ? 'true' : undefined}
              data-item={item.id}
              class="ea-menu-item"
              onClick={trusted(() => choose(item))}
              onMouseMove={() => i !== focusAt && setFocusAt(i)}
            >
              {item.text}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
