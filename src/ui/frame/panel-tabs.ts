import { h } from './dom';
import { t } from './i18n';

export interface TabSpec<Id extends string> {
  id: Id;
  label: string;
  /** Fills the tab's body once, the first time the tab is shown. */
  render(body: HTMLElement): void;
}

/**
 * The side panel (a bottom sheet on phones): a tab list and one body per tab. Follows the WAI-ARIA
 * tabs pattern: arrow keys move between tabs, the body is labelled by its tab.
 */
export class Panel<Id extends string> {
  private readonly tabs = new Map<
    Id,
    { button: HTMLButtonElement; body: HTMLElement; spec: TabSpec<Id> }
  >();
  private readonly rendered = new Set<Id>();
  private current: Id | null = null;
  private readonly tablist: HTMLElement;
  private readonly toggle: HTMLButtonElement;

  constructor(
    private readonly root: HTMLElement,
    specs: readonly TabSpec<Id>[],
    private readonly onSelect: (id: Id) => void,
  ) {
    this.tablist = h('div', { class: 'tabs', role: 'tablist', 'aria-label': t('tabs.label') });
    this.toggle = h(
      'button',
      {
        type: 'button',
        class: 'panel-toggle',
        'aria-expanded': 'true',
        'aria-controls': 'panel-bodies',
        'data-testid': 'panel-toggle',
        onclick: () => this.setExpanded(this.toggle.getAttribute('aria-expanded') !== 'true'),
      },
      h('span', { class: 'visually-hidden' }, t('tabs.toggle')),
    );
    const bodies = h('div', { class: 'panel-bodies', id: 'panel-bodies' });
    for (const spec of specs) {
      const button = h(
        'button',
        {
          type: 'button',
          role: 'tab',
          id: `tab-${spec.id}`,
          class: 'tab',
          'aria-selected': 'false',
          'aria-controls': `tabpanel-${spec.id}`,
          tabindex: '-1',
          'data-testid': `tab-${spec.id}`,
          onclick: () => this.select(spec.id, true),
        },
        spec.label,
      );
      const body = h('section', {
        role: 'tabpanel',
        id: `tabpanel-${spec.id}`,
        class: 'tabpanel',
        'aria-labelledby': `tab-${spec.id}`,
        'data-testid': `tabpanel-${spec.id}`,
        tabindex: '0',
        hidden: true,
      });
      this.tabs.set(spec.id, { button, body, spec });
      this.tablist.appendChild(button);
      bodies.appendChild(body);
    }
    this.tablist.addEventListener('keydown', (event) => this.onKey(event));
    root.replaceChildren(h('div', { class: 'panel-head' }, this.toggle, this.tablist), bodies);
  }

  /** The body element of a tab, rendering it first if needed. */
  body(id: Id): HTMLElement {
    const tab = this.tabs.get(id);
    if (!tab) throw new Error(`Unknown panel tab: ${id}`);
    if (!this.rendered.has(id)) {
      this.rendered.add(id);
      tab.spec.render(tab.body);
    }
    return tab.body;
  }

  /**
   * Shows a tab. `byUser` reports the change through onSelect; code-driven changes do not.
   * `expand` opens a collapsed sheet (phones); re-selecting the shown tab leaves it as it is.
   */
  select(id: Id, byUser = false, expand = true): void {
    if (this.current === id) {
      if (expand) this.setExpanded(true);
      return;
    }
    this.body(id);
    for (const [tabId, { button, body }] of this.tabs) {
      const active = tabId === id;
      button.setAttribute('aria-selected', String(active));
      button.tabIndex = active ? 0 : -1;
      body.hidden = !active;
    }
    this.current = id;
    this.setExpanded(true);
    if (byUser) this.onSelect(id);
  }

  selected(): Id | null {
    return this.current;
  }

  private setExpanded(expanded: boolean): void {
    this.toggle.setAttribute('aria-expanded', String(expanded));
    this.root.classList.toggle('collapsed', !expanded);
  }

  private onKey(event: KeyboardEvent): void {
    const ids = [...this.tabs.keys()];
    const index = this.current ? ids.indexOf(this.current) : 0;
    const next =
      event.key === 'ArrowRight'
        ? ids[(index + 1) % ids.length]
        : event.key === 'ArrowLeft'
          ? ids[(index - 1 + ids.length) % ids.length]
          : event.key === 'Home'
            ? ids[0]
            : event.key === 'End'
              ? ids[ids.length - 1]
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    this.select(next, true);
    this.tabs.get(next)?.button.focus();
  }
}
