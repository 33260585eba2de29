/**
 * The body of an Emission Control Area's card, from the catalogue (src/content/eca-areas.ts): loaded
 * with the first click on an area (eca-card.ts).
 */
import { ECA_IDS, type EcaId } from '../../content/ecas';
import { ECAS } from '../../content/eca-areas';
import { h } from '../frame/dom';
import { fmt, t } from '../frame/i18n';

const isEca = (id: string): id is EcaId => (ECA_IDS as readonly string[]).includes(id);

/** The card's title, then its facts; null for an id the catalogue does not know. */
export function ecaCardBody(id: string): HTMLElement[] | null {
  if (!isEca(id)) return null;
  const eca = ECAS[id];
  return [
    h(
      'h2',
      { id: 'eca-card-title', 'data-testid': 'eca-card-name' },
      t('ecaCard.name', { id: id.replace(/-/g, '_') }),
    ),
    h(
      'dl',
      { class: 'map-card-facts' },
      h('dt', {}, t('ecaCard.limitHead')),
      h(
        'dd',
        { 'data-testid': 'eca-card-limit' },
        t('ecaCard.limit', { pct: fmt.number(eca.sulphurLimitPct, 2) }),
      ),
      h('dt', {}, t('ecaCard.sinceHead')),
      h(
        'dd',
        { 'data-testid': 'eca-card-since' },
        t('ecaCard.since', {
          date: fmt.date(eca.inForce, 'long'),
          from: fmt.date(eca.sulphurLimitFrom, 'long'),
          same: eca.inForce === eca.sulphurLimitFrom ? 'yes' : 'no',
        }),
      ),
      h('dt', {}, t('ecaCard.ruleHead')),
      h('dd', { lang: 'en' }, eca.regulation),
    ),
    h(
      'p',
      { class: 'region-card-note', 'data-testid': 'eca-card-source' },
      t('ecaCard.source', { title: eca.boundarySource.title, url: eca.boundarySource.readIn }),
    ),
  ];
}
