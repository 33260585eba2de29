/**
 * A toolbar disclosure menu (the Views and Share menus): a button that shows and hides a list.
 * Opening moves focus to the first item; Escape closes it and returns focus to the button (and is
 * taken, so the tour does not also close); a click anywhere else closes it.
 */
import { h } from './dom';

export interface Menu {
  /** The wrapper holding the button and the list, to put in the toolbar. */
  readonly element: HTMLElement;
  readonly button: HTMLButtonElement;
  readonly list: HTMLUListElement;
  setOpen(open: boolean): void;
}

export function disclosureMenu(options: {
  id: string;
  label: string;
  testid: string;
  /** An extra class of the list, for its own items' styles. */
  listClassName?: string;
  /** Ends the menu's listener on the document (the panels' build, src/state/scope.ts). */
  signal: AbortSignal;
  /** The button's accessible name, when its text alone does not say what it opens. */
  ariaLabel?: string;
}): Menu {
  const list = h('ul', {
    class: ['menu-list', options.listClassName].filter(Boolean).join(' '),
    id: options.id,
    role: 'list',
    hidden: true,
  });
  const button = h(
    'button',
    {
      type: 'button',
      class: 'button toolbar-button',
      'aria-expanded': 'false',
      'aria-controls': options.id,
      'data-testid': options.testid,
      'aria-label': options.ariaLabel,
    },
    options.label,
  );
  const setOpen = (open: boolean) => {
    list.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', () => {
    const open = list.hidden;
    setOpen(open);
    if (open) list.querySelector('button')?.focus();
  });
  const element = h('div', { class: 'menu' }, button, list);
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !list.hidden) {
      event.preventDefault();
      setOpen(false);
      button.focus();
    }
  });
  document.addEventListener(
    'click',
    (event) => {
      if (!element.contains(event.target as Node)) setOpen(false);
    },
    { signal: options.signal },
  );
  return { element, button, list, setOpen };
}
