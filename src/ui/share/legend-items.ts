/**
 * The legend of what the map shows, as HTML: one `li` per entry (lib/export/legend.ts), its swatch
 * (a line, box or dot in the map's colour, or a claim category's badge) and its label. The embed's
 * compact legend and the print sheet list these; the exported image draws the same entries.
 */
import type { LegendEntry } from '../../lib/export/layout';
import { categoryBadge } from '../claims';
import { h } from '../frame/dom';

export function legendItems(entries: readonly LegendEntry[]): HTMLElement[] {
  return entries.map((entry) =>
    h(
      'li',
      {},
      entry.swatch.kind === 'badge'
        ? categoryBadge(entry.swatch.category, 18)
        : h('span', {
            class: 'legend-swatch',
            'data-kind': entry.swatch.kind,
            'aria-hidden': 'true',
            style: `--swatch: ${entry.swatch.colour}`,
          }),
      entry.label,
    ),
  );
}
