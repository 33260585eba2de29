/**
 * The legend of what the map shows: one entry per visible layer (and per computed route), in the
 * map's colours and line styles, then the categories of the claim markers on it. The exported
 * image and the embed's compact legend draw it (the page has its own claim legend).
 */
import { CATEGORY_IDS } from '../../content/claim-types';
import { CATEGORIES, CLAIMS } from '../../content/claims';
import type { MapData } from '../map-data';
import { REGION_COUNT } from '../regions';
import { ENGLISH, type Tr } from '../analysis/format';
import type { CategoryId } from '../../content/claim-types';
import { OVERLAY_COLOURS, PIN_COLOURS, PIN_ROUTE_IDS, PLANNED_ROUTE_ID } from '../style/ids';
import type { LegendEntry } from './layout';

/**
 * Legend entries for a map's data, most important first, in the language of `tr`
 * (`legend.*` messages) with the claim categories' labels as `category` gives them.
 */
export function legendEntries(
  data: MapData,
  tr: Tr = ENGLISH,
  category: (id: CategoryId) => string = (id) => CATEGORIES[id].label,
): LegendEntry[] {
  const entries: LegendEntry[] = [];
  const { layers } = data;
  if (layers.corridor) {
    entries.push({
      label: tr.t('legend.corridor'),
      swatch: { kind: 'line', colour: OVERLAY_COLOURS.corridor },
    });
  }
  if (layers.comparison) {
    entries.push({
      label: tr.t('legend.comparison'),
      swatch: { kind: 'dashed', colour: OVERLAY_COLOURS.comparison },
    });
  }
  if (layers.variant) {
    entries.push({
      label: tr.t('legend.variant'),
      swatch: { kind: 'dotted', colour: OVERLAY_COLOURS.variant },
    });
  }
  for (const route of data.routes) {
    const pin = PIN_ROUTE_IDS.indexOf(route.id);
    if (route.id === PLANNED_ROUTE_ID) {
      // A planned route that is also pinned lies under its pin: listed once, as the pin.
      if (data.routes.some((r) => r.id !== PLANNED_ROUTE_ID && r.label === route.label)) continue;
      entries.push({
        label: tr.t('legend.planned', { route: route.label }),
        swatch: { kind: 'line', colour: OVERLAY_COLOURS.planned },
      });
    } else if (pin >= 0) {
      entries.push({
        label: tr.t('legend.pin', { n: pin + 1, route: route.label }),
        swatch: { kind: 'line', colour: PIN_COLOURS[pin]! },
      });
    }
  }
  if (layers.regions) {
    entries.push({
      label: tr.t('legend.regions', { count: REGION_COUNT }),
      swatch: { kind: 'fill', colour: OVERLAY_COLOURS.region },
    });
  }
  if (layers.ports) {
    entries.push({
      label: tr.t('legend.ports'),
      swatch: { kind: 'dot', colour: OVERLAY_COLOURS.port },
    });
    entries.push({
      label: tr.t('legend.straits'),
      swatch: { kind: 'dot', colour: OVERLAY_COLOURS.chokepoint },
    });
  }
  if (layers.ecas) {
    entries.push({
      label: tr.t('legend.ecas'),
      swatch: { kind: 'fill', colour: OVERLAY_COLOURS.eca },
    });
  }
  const shownCategories = new Set(data.claimMarkers.map((id) => CLAIMS[id].category));
  for (const id of CATEGORY_IDS.filter((id) => shownCategories.has(id))) {
    const { colour } = CATEGORIES[id];
    entries.push({ label: category(id), swatch: { kind: 'badge', colour, category: id } });
  }
  return entries;
}
