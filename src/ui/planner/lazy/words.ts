/**
 * The planner's own messages (issue #31): a catalogue part that loads with the planner's code
 * (src/content/i18n/planner-*.ts), so the opening page carries none of it in any language.
 */
import { PLANNER_EN, type PlannerKey } from '../../../content/i18n/planner-en';
import type { Locale } from '../../../lib/i18n/locales';
import { Translator, type RichValues, type Values } from '../../../lib/i18n/translator';
import type { PinWords } from '../../../lib/planner/pins';
import type { Place } from '../../../lib/url/state';
import type { Port } from '../../../lib/routing/ports';
import { fmt, placeName, pointText, RICH_TAGS } from '../../frame/i18n';
import { listOf, passageName } from '../../routes';

let words = new Translator<PlannerKey>('en', PLANNER_EN);

/** Loads the planner's messages in `locale` (its chunk, for a language other than English). */
export async function loadPlannerWords(locale: Locale): Promise<void> {
  if (words.locale === locale) return;
  const part =
    locale === 'en'
      ? PLANNER_EN
      : locale === 'hi'
        ? (await import('../../../content/i18n/planner-hi')).PLANNER_HI
        : (await import('../../../content/i18n/planner-ru')).PLANNER_RU;
  words = new Translator<PlannerKey>(locale, part);
}

/** A planner message in the interface's language. */
export const pt = (key: PlannerKey, values?: Values): string => words.t(key, values);

/** A planner message with markup (the frame's tags, `<b>…</b>`), as text and elements. */
export function prich(key: PlannerKey, values: RichValues<Node> = {}): (Node | string)[] {
  return words.parts<Node>(key, { ...RICH_TAGS, ...values });
}

/** What a person reads for a place: the port's name, or the point's coordinates. */
export function placeText(place: Place, ports: readonly Port[]): string {
  if (place.kind === 'port') {
    const english = ports.find((p) => p.id === place.id)?.name ?? place.id;
    return placeName('ports', place.id, english);
  }
  return pointText(place);
}

/** Metres in the reader's language, to 0.1 m ("15.2 m"). */
export const metres = (m: number): string =>
  new Intl.NumberFormat(fmt.tag, {
    style: 'unit',
    unit: 'meter',
    maximumFractionDigits: 1,
  }).format(m);

/** How a pinned route is named in the interface's language. */
export const PIN_WORDS: PinWords = {
  list: (ids) => listOf(ids.map(passageName)),
  places: listOf,
  label: (p) => {
    const has = (value: unknown) => (value === null ? 'no' : 'yes');
    return pt('pin.label', {
      from: p.from,
      to: p.to,
      via: p.via ?? '',
      closed: p.closed ?? '',
      open: p.open ?? '',
      through: p.through ?? '',
      draft: p.draftM === null ? '' : metres(p.draftM),
      month:
        p.month === null
          ? ''
          : new Intl.DateTimeFormat(fmt.tag, { month: 'long', timeZone: 'UTC' }).format(
              Date.UTC(2021, p.month - 1, 1),
            ),
      hasVia: has(p.via),
      hasClosed: has(p.closed),
      hasOpen: has(p.open),
      hasThrough: has(p.through),
      hasDraft: has(p.draftM),
      hasMonth: has(p.month),
    });
  },
};
