/**
 * A port picker following the WAI-ARIA combobox pattern (list autocomplete): typing filters the
 * port catalogue (names, old names, transliterations), arrow keys move through the options, Enter
 * chooses, Escape closes the list or restores the current value.
 */
import type { Port } from '../../../lib/routing/ports';
import { searchPorts, type PortMatch } from '../../../lib/planner/port-search';
import { h, replaceChildren } from '../../frame/dom';
import { pt } from './words';
import { countryText } from './world-ports';

const MAX_OPTIONS = 8;

export interface PortComboboxOptions {
  /** Distinguishes the element ids ('from', 'to'). */
  id: string;
  label: string;
  placeholder: string;
  ports: readonly Port[];
  onChoose(port: Port): void;
}

export class PortCombobox {
  readonly root: HTMLElement;
  readonly input: HTMLInputElement;
  private readonly list: HTMLUListElement;
  private ports: readonly Port[];
  private matches: PortMatch[] = [];
  private active = -1;
  /** The text of the current value, restored when the user abandons an edit. */
  private valueText = '';

  constructor(private readonly options: PortComboboxOptions) {
    this.ports = options.ports;
    const listId = `planner-${options.id}-list`;
    this.input = h('input', {
      id: `planner-${options.id}`,
      class: 'planner-input',
      type: 'text',
      role: 'combobox',
      autocomplete: 'off',
      spellcheck: 'false',
      placeholder: options.placeholder,
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': listId,
      'data-testid': `planner-${options.id}`,
    });
    this.list = h('ul', {
      id: listId,
      class: 'planner-options',
      role: 'listbox',
      'aria-label': pt('ends.list', { end: options.label }),
      hidden: true,
    });
    this.input.addEventListener('input', () => this.update());
    this.input.addEventListener('focus', () => this.input.select());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('blur', () => {
      this.close();
      this.input.value = this.valueText;
    });
    this.root = h(
      'div',
      { class: 'planner-combobox' },
      h('label', { for: this.input.id, class: 'planner-label' }, options.label),
      this.input,
      this.list,
    );
  }

  /** Shows the current value's text (a port name or a point) when the user is not editing. */
  setValue(text: string): void {
    this.valueText = text;
    if (document.activeElement !== this.input) this.input.value = text;
  }

  /** Searches another catalogue from now on. */
  setPorts(ports: readonly Port[]): void {
    this.ports = ports;
    // Typed before the catalogue came: the list answers from it now.
    if (!this.list.hidden) this.update();
  }

  private update(): void {
    this.matches = searchPorts(this.ports, this.input.value, MAX_OPTIONS);
    this.active = this.matches.length > 0 ? 0 : -1;
    this.render();
  }

  private render(): void {
    const items = this.matches.map((m, i) =>
      h(
        'li',
        {
          id: `planner-${this.options.id}-option-${m.port.id}`,
          class: 'planner-option',
          role: 'option',
          'aria-selected': String(i === this.active),
          'data-testid': `port-option-${m.port.id}`,
          // Keep the focus in the input, so blur does not close the list before the click.
          onmousedown: (event: Event) => event.preventDefault(),
          onclick: () => this.choose(i),
        },
        h('span', { class: 'planner-option-name' }, m.port.name),
        m.matched !== m.port.name ? h('span', { class: 'planner-option-alias' }, m.matched) : null,
        // The country in words (and the LOCODE): many ports share a name ("Newport").
        h(
          'span',
          { class: 'planner-option-country' },
          [countryText(m.port.country), m.port.locode].filter(Boolean).join(' · '),
        ),
      ),
    );
    if (items.length === 0) {
      items.push(
        h(
          'li',
          { class: 'planner-option-none', role: 'option', 'aria-disabled': 'true' },
          pt('ends.noMatch'),
        ),
      );
    }
    replaceChildren(this.list, ...items);
    this.list.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    const activeId = this.active >= 0 ? items[this.active]?.id : undefined;
    if (activeId) {
      this.input.setAttribute('aria-activedescendant', activeId);
      items[this.active]?.scrollIntoView?.({ block: 'nearest' });
    } else this.input.removeAttribute('aria-activedescendant');
  }

  private close(): void {
    this.list.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private choose(index: number): void {
    const match = this.matches[index];
    if (!match) return;
    this.close();
    this.valueText = match.port.name;
    this.input.value = match.port.name;
    this.options.onChoose(match.port);
  }

  private onKey(event: KeyboardEvent): void {
    const open = !this.list.hidden;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!open) {
          this.update();
          return;
        }
        const n = this.matches.length;
        if (n === 0) return;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.active = (this.active + step + n) % n;
        this.render();
        return;
      }
      case 'Enter':
        if (open && this.active >= 0) {
          event.preventDefault();
          this.choose(this.active);
        }
        return;
      case 'Escape':
        if (open) this.close();
        else this.input.value = this.valueText;
        // Handled here: the planner's own Escape (cancel picking) must not also run.
        event.stopPropagation();
        return;
    }
  }
}
