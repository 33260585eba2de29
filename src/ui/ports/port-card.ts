/**
 * A World Port Index port's card: its name, country, UN/LOCODE, harbour size and type, the
 * largest ship the WPI gives for it (draft, length, beam, where given), ice at the entrance, how
 * its approach is approximate or why no route reaches it, the source, and "Route from here" /
 * "Route to here", which set the planner's ends and open it.
 */
import './port-card.css';
import type { Port } from '../../lib/routing/ports';
import type { AppContext } from '../../state/context';
import { h, replaceChildren } from '../frame/dom';
import { mapCard } from '../frame/map-card';
import { fmt, locale, placeName, t } from '../frame/i18n';
import { loadPlannerMessages } from '../planner';

type Words = Awaited<ReturnType<typeof loadPlannerMessages>>;

let card: HTMLElement | null = null;
/** The control that opened the open card, to take the focus back when it closes. */
let opener: HTMLElement | undefined;

const metres = (m: number) =>
  new Intl.NumberFormat(fmt.tag, { style: 'unit', unit: 'meter', maximumFractionDigits: 1 }).format(
    m,
  );

function country(code: string): string {
  try {
    return new Intl.DisplayNames([fmt.tag], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

function facts(port: Port, pt: Words): HTMLElement {
  const rows: [string, string, string][] = [
    [pt('card.locode'), port.locode ?? '—', 'locode'],
    [
      pt('card.size'),
      pt('card.sizeValue', { size: (port.size ?? 'none').replace('-', '_') }),
      'size',
    ],
  ];
  if (port.harbourType) rows.push([pt('card.type'), port.harbourType, 'type']);
  if (port.maxDraftM) rows.push([pt('card.draft'), metres(port.maxDraftM), 'draft']);
  if (port.maxLengthM) rows.push([pt('card.length'), metres(port.maxLengthM), 'length']);
  if (port.maxBeamM) rows.push([pt('card.beam'), metres(port.maxBeamM), 'beam']);
  return h(
    'dl',
    { class: 'map-card-facts' },
    ...rows.flatMap(([label, value, id]) => [
      h('dt', {}, label),
      // The WPI's harbour type is its own English term.
      h(
        'dd',
        { 'data-testid': `port-card-${id}`, ...(id === 'type' ? { lang: 'en' } : {}) },
        value,
      ),
    ]),
  );
}

function body(ctx: AppContext, port: Port, pt: Words, close: () => void): (Node | null)[] {
  const route = (end: 'from' | 'to') =>
    h(
      'button',
      {
        type: 'button',
        class: 'port-card-route',
        'data-testid': `port-card-${end}`,
        onclick: () => {
          close();
          ctx.actions.setPlanner({ [end]: { kind: 'port', id: port.id } });
          ctx.actions.openPanel('planner');
        },
      },
      pt(end === 'from' ? 'card.from' : 'card.to'),
    );
  const note = (text: string, id: string) =>
    h('p', { class: 'port-card-note', 'data-testid': `port-card-${id}` }, text);
  return [
    h(
      'div',
      { class: 'map-card-head' },
      h(
        'div',
        {},
        h(
          'h2',
          { id: 'port-card-title', 'data-testid': 'port-card-name' },
          placeName('ports', port.id, port.name),
        ),
        h(
          'p',
          { class: 'port-card-country', 'data-testid': 'port-card-country' },
          country(port.country),
        ),
      ),
      h(
        'button',
        {
          type: 'button',
          class: 'map-card-close',
          'aria-label': pt('card.close'),
          'data-testid': 'port-card-close',
          onclick: close,
        },
        '×',
      ),
    ),
    facts(port, pt),
    port.ice ? note(pt('card.ice'), 'ice') : null,
    port.approachLandKm
      ? note(
          pt('card.approach', { km: t('unit.km', { n: fmt.number(port.approachLandKm, 1) }) }),
          'approximate',
        )
      : null,
    port.noRoute ? note(pt('card.noRoute'), 'no-route') : null,
    port.noRoute ? null : h('div', { class: 'port-card-actions' }, route('from'), route('to')),
    h('p', { class: 'port-card-source' }, pt('card.source')),
  ];
}

/**
 * Opens the card of port `id` (replacing any open one); focus moves to it, Escape closes it and
 * gives the focus back to `opener` (the control that opened it) or else to the map.
 */
export async function openPortCard(ctx: AppContext, id: string, from?: HTMLElement): Promise<void> {
  const [pt, ports] = await Promise.all([loadPlannerMessages(locale()), ctx.worldPorts.load()]);
  const port = ports?.find((p) => p.id === id);
  const map = ctx.map;
  if (!port || !map || ctx.signal.aborted) return;
  opener = from;
  if (!card) {
    const element = mapCard('port');
    card = element;
    (map.container().parentElement ?? document.body).append(element);
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') closeCard(true);
    });
    // A build of the panels ends (a change of language): the card goes with it.
    ctx.signal.addEventListener('abort', () => closeCard(false));
  }
  const closeCard = (refocus: boolean) => {
    card?.remove();
    card = null;
    if (!refocus) return;
    if (opener?.isConnected && opener.offsetParent !== null) opener.focus();
    else map.focus();
  };
  replaceChildren(card, ...body(ctx, port, pt, () => closeCard(true)));
  card.focus({ preventScroll: true });
}
