/**
 * The URL hash codec (docs/url-format.md, version 1): `parseHash` reads any string into a valid
 * state plus plain-text problems and never throws; `serializeHash` is its inverse.
 */
import { CLAIM_IDS, LAYER_IDS, PRESET_IDS } from '../../content/ids';
import type { LayerId } from '../../content/ids';
import type { UrlCatalogues, UrlState } from './state';
import {
  DEFAULT_ALLOWANCE_DAYS,
  DEFAULT_SPEED_KN,
  DEFAULT_STATE,
  DEFAULT_VIEW,
  LIMITS,
  PANEL_IDS,
  PROJECTIONS,
  URL_FORMAT_VERSION,
} from './state';
import { formatCamera, formatDecimal, SETTING_DECIMALS } from './numbers';
import {
  findId,
  PRICE_DECIMALS,
  readCamera,
  readDraft,
  readIdList,
  readMonth,
  readNumber,
  readPlace,
  readPrice,
  readTour,
  readVia,
} from './fields';
import { checkVersion, MAX_HASH_LENGTH, readPairs } from './pairs';
import { PIN_SEPARATORS, readPins } from './pins-field';
import { DEFAULT_FUEL, FUEL_IDS } from '../../content/fuels';
import { DEFAULT_VESSEL, VESSEL_IDS } from '../../content/vessels';
import { isPassageId } from '../routing/passages';
import { findLocale } from '../i18n/locales';
import { canonicalPassages, canonicalThrough } from './planner';
import { canonicalPrice, draftToken, pinToken, placeToken } from './tokens';
import type { UrlProblem } from './problems';
import { capProblems, problem } from './problems';

/** Every key, in the order serializeHash writes them. */
export const URL_KEYS = [
  'map',
  'v',
  'view',
  'claim',
  'panel',
  'tour',
  'layers',
  'proj',
  'speed',
  'allow',
  'vessel',
  'fuel',
  'scrub',
  'price',
  'dues',
  'from',
  'to',
  'via',
  'avoid',
  'open',
  'through',
  'draft',
  'month',
  'pins',
  'embed',
  'lang',
] as const;
export type UrlKey = (typeof URL_KEYS)[number];

/** `layers=none`: every toggleable layer switched off (an empty value would look truncated). */
const NO_LAYERS = 'none';

export interface ParseResult {
  readonly state: UrlState;
  readonly problems: readonly UrlProblem[];
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export { MAX_HASH_LENGTH };

/** Reads a hash (with or without '#') into a valid state; what was ignored goes to problems. */
export function parseHash(hash: string, catalogues: UrlCatalogues): ParseResult {
  const problems: UrlProblem[] = [];
  const fields = new Map<string, string>();
  const repeats = new Map<string, number>();
  for (const [key, value] of readPairs(typeof hash === 'string' ? hash : '', problems)) {
    // First occurrence wins, as URLSearchParams.get() and MapLibre's own hash reader do.
    if (fields.has(key)) repeats.set(key, (repeats.get(key) ?? 1) + 1);
    else fields.set(key, value);
  }
  // One line per repeated key, however often it is repeated.
  for (const [key, times] of repeats) {
    problems.push(problem(key, 'duplicate', `given ${times} times; the first is used`));
  }
  checkVersion(fields.get('v'), problems);

  const s: Mutable<UrlState> = { ...DEFAULT_STATE };
  const layerOrder = (a: LayerId, b: LayerId) => LAYER_IDS.indexOf(a) - LAYER_IDS.indexOf(b);
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const passage = (id: string) => (isPassageId(id) ? id : null);

  for (const [key, value] of fields) {
    if (key === 'v') continue;
    if (value === '' && findId(URL_KEYS, key) !== null) {
      problems.push(problem(key, 'malformed', 'no value, ignored'));
      continue;
    }
    switch (key) {
      case 'map':
        s.camera = readCamera(value, problems);
        break;
      case 'view':
        s.view = findId(PRESET_IDS, value) ?? DEFAULT_VIEW;
        if (s.view !== value) problems.push(problem(key, 'unknown-id', 'unknown view', value));
        break;
      case 'claim':
        s.claim = findId(CLAIM_IDS, value);
        if (s.claim === null) problems.push(problem(key, 'unknown-id', 'unknown claim', value));
        break;
      case 'panel':
        s.panel = findId(PANEL_IDS, value);
        if (s.panel === null) problems.push(problem(key, 'unknown-id', 'unknown panel', value));
        break;
      case 'layers':
        s.layers =
          value === NO_LAYERS
            ? []
            : readIdList(key, value, (id) => findId(LAYER_IDS, id), layerOrder, problems);
        break;
      case 'speed':
        s.speed = readNumber(key, value, LIMITS.speed, SETTING_DECIMALS, problems) ?? s.speed;
        break;
      case 'allow':
        s.allowance =
          readNumber(key, value, LIMITS.allowance, SETTING_DECIMALS, problems) ?? s.allowance;
        break;
      case 'from':
        s.from = readPlace(key, value, catalogues.portIds, problems);
        break;
      case 'to':
        s.to = readPlace(key, value, catalogues.portIds, problems);
        break;
      case 'avoid':
        s.avoid = readIdList(key, value, passage, byCode, problems) ?? [];
        break;
      case 'open':
        s.open = readIdList(key, value, passage, byCode, problems) ?? [];
        break;
      case 'via':
        s.via = readVia(key, value, catalogues.portIds, ',', problems);
        break;
      case 'through':
        s.through = readIdList(key, value, passage, byCode, problems) ?? [];
        break;
      case 'draft':
        s.draft = readDraft(key, value, problems);
        break;
      case 'month':
        s.month = readMonth(key, value, problems);
        break;
      case 'pins':
        s.pins = readPins(value, catalogues.portIds, problems);
        break;
      case 'tour':
        s.tour = readTour(value, problems);
        break;
      case 'proj':
        s.projection = findId(PROJECTIONS, value) ?? DEFAULT_STATE.projection;
        if (s.projection !== value)
          problems.push(problem(key, 'unknown-id', 'unknown projection', value));
        break;
      case 'embed':
      case 'scrub':
        // Flags: `1` switches them on; anything else is dropped with a notice.
        s[key === 'embed' ? 'embed' : 'scrubber'] = value === '1';
        if (value !== '1')
          problems.push(problem(key, 'malformed', `only ${key}=1 is known, ignored`, value));
        break;
      case 'vessel':
        s.vessel = findId(VESSEL_IDS, value) ?? DEFAULT_VESSEL;
        if (s.vessel !== value) problems.push(problem(key, 'unknown-id', 'unknown vessel', value));
        break;
      case 'fuel':
        s.fuel = findId(FUEL_IDS, value) ?? DEFAULT_FUEL;
        if (s.fuel !== value) problems.push(problem(key, 'unknown-id', 'unknown fuel', value));
        break;
      case 'price':
        s.price = readPrice(value, problems);
        break;
      case 'dues':
        s.dues = readNumber(key, value, LIMITS.dues, 0, problems) ?? s.dues;
        break;
      case 'lang':
        s.lang = findLocale(value);
        if (s.lang === null) problems.push(problem(key, 'unknown-id', 'unknown language', value));
        break;
      default:
        problems.push(problem(key, 'unknown-key', 'unknown setting, ignored'));
    }
  }
  const passages = canonicalPassages(s.avoid, s.open);
  if (passages.dropped.length > 0) {
    problems.push(
      problem('open', 'conflict', 'also in avoid; avoid wins', passages.dropped.join(',')),
    );
  }
  s.avoid = passages.avoid;
  s.open = passages.open;
  const forced = canonicalThrough(s.through, s.avoid);
  if (forced.unforced.length > 0) {
    problems.push(
      problem(
        'through',
        'conflict',
        'also in avoid: a route cannot both pass and avoid it; avoid wins',
        forced.unforced.join(','),
      ),
    );
  }
  s.through = forced.through;
  s.price = canonicalPrice(s.fuel, s.price);
  return { state: s, problems: capProblems(problems) };
}

/** The hash for a valid state ('' for the default state), defaults left out, keys in URL_KEYS order. */
export function serializeHash(state: UrlState): string {
  const parts: string[] = [];
  const put = (key: UrlKey, value: string) => parts.push(`${key}=${value}`);
  if (state.camera) put('map', formatCamera(state.camera));
  // `v` is written from version 2 on: a link without it is version 1 forever.
  if (URL_FORMAT_VERSION > 1) put('v', String(URL_FORMAT_VERSION));
  if (state.view !== DEFAULT_VIEW) put('view', state.view);
  if (state.claim) put('claim', state.claim);
  if (state.panel) put('panel', state.panel);
  if (state.tour !== null) put('tour', String(state.tour));
  if (state.layers) {
    const shown = LAYER_IDS.filter((id) => state.layers?.includes(id));
    put('layers', shown.length > 0 ? shown.join(',') : NO_LAYERS);
  }
  if (state.projection !== DEFAULT_STATE.projection) put('proj', state.projection);
  const speed = formatDecimal(state.speed, SETTING_DECIMALS);
  if (speed !== formatDecimal(DEFAULT_SPEED_KN, SETTING_DECIMALS)) put('speed', speed);
  const allow = formatDecimal(state.allowance, SETTING_DECIMALS);
  if (allow !== formatDecimal(DEFAULT_ALLOWANCE_DAYS, SETTING_DECIMALS)) put('allow', allow);
  if (state.vessel !== DEFAULT_VESSEL) put('vessel', state.vessel);
  if (state.fuel !== DEFAULT_FUEL) put('fuel', state.fuel);
  if (state.scrubber) put('scrub', '1');
  // A price equal to the fuel's published default is the default.
  const price = canonicalPrice(state.fuel, state.price);
  if (price !== null) put('price', formatDecimal(price, PRICE_DECIMALS));
  if (state.dues !== DEFAULT_STATE.dues) put('dues', formatDecimal(state.dues, 0));
  if (state.from) put('from', placeToken(state.from));
  if (state.to) put('to', placeToken(state.to));
  if (state.via.length > 0) put('via', state.via.join(','));
  const { avoid, open } = canonicalPassages(state.avoid, state.open);
  if (avoid.length > 0) put('avoid', avoid.join(','));
  if (open.length > 0) put('open', open.join(','));
  const { through } = canonicalThrough(state.through, avoid);
  if (through.length > 0) put('through', through.join(','));
  if (state.draft !== null) put('draft', draftToken(state.draft));
  if (state.month !== null) put('month', String(state.month));
  if (state.pins.length > 0) put('pins', state.pins.map(pinToken).join(PIN_SEPARATORS.pin));
  if (state.embed) put('embed', '1');
  if (state.lang) put('lang', state.lang);
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}
