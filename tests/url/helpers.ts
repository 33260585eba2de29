import { LOCALES } from '../../src/lib/i18n/locales';
/**
 * Test fixtures for the URL codec: small catalogues, an independent validity check written from
 * docs/url-format.md (not from the codec's code), and fast-check arbitraries.
 */
import fc from 'fast-check';
import { CLAIM_IDS, LAYER_IDS, PRESET_IDS } from '../../src/content/ids';
import { FUELS, FUEL_IDS } from '../../src/content/fuels';
import { TOUR_LENGTH } from '../../src/content/tour';
import { VESSEL_IDS } from '../../src/content/vessels';
import { PASSAGE_IDS } from '../../src/lib/routing/passages';
import { URL_KEYS } from '../../src/lib/url/codec';
import { mayBePort } from '../../src/lib/url/fields';
import type { Camera, Place, UrlCatalogues, UrlState } from '../../src/lib/url/state';
import { PANEL_IDS } from '../../src/lib/url/state';

export const PORTS = ['chennai', 'vladivostok', 'mumbai', 'st-petersburg', 'singapore'] as const;
/** The routing engine's passage catalogue (issue #7's list and more). */
export const PASSAGES = PASSAGE_IDS;
export const CATALOGUES: UrlCatalogues = { portIds: new Set(PORTS) };
const PANELS = ['routes', 'claims', 'planner', 'about'];
const LAT_MAX = 85.051129;

/** MapLibre's lng decimals for a zoom (src/ui/hash.ts), from the spec. */
export function specLngDecimals(zoom: number): number {
  return Math.ceil((zoom * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10);
}
/** Lat decimals per docs/url-format.md: +1 from 60°, +2 from 84°. */
export function specLatDecimals(zoom: number, lat: number): number {
  const a = Math.abs(lat);
  return specLngDecimals(zoom) + (a >= 84 ? 2 : a >= 60 ? 1 : 0);
}

/** True if `x` has at most `d` decimals, is finite and is not −0. */
function onGrid(x: number, d: number): boolean {
  return Number.isFinite(x) && !Object.is(x, -0) && Number(x.toFixed(d)) === x;
}
function inRange(x: number, lo: number, hi: number, d: number): boolean {
  return onGrid(x, d) && x >= lo && x <= hi;
}
function sortedUnique(xs: readonly string[], order: readonly string[]): boolean {
  return xs.every((x, i) => i === 0 || order.indexOf(xs[i - 1] ?? '') < order.indexOf(x));
}

function cameraErrors(c: Camera): string[] {
  const e: string[] = [];
  if (!inRange(c.zoom, 0, 22, 2)) e.push(`zoom ${c.zoom}`);
  else {
    if (!inRange(c.lat, -LAT_MAX, LAT_MAX, specLatDecimals(c.zoom, c.lat))) e.push(`lat ${c.lat}`);
    if (!inRange(c.lng, -180, 180, specLngDecimals(c.zoom)) || c.lng === -180) e.push('lng');
  }
  if (!inRange(c.bearing, -180, 180, 1) || c.bearing === -180) e.push(`bearing ${c.bearing}`);
  if (!inRange(c.pitch, 0, 85, 1)) e.push(`pitch ${c.pitch}`);
  return e;
}

function placeErrors(p: Place | null, cat: UrlCatalogues): string[] {
  if (p === null) return [];
  if (p.kind === 'port') return mayBePort(p.id, cat.portIds) ? [] : [`port ${p.id}`];
  const ok = inRange(p.lng, -180, 180, 4) && p.lng !== -180 && inRange(p.lat, -LAT_MAX, LAT_MAX, 4);
  return ok ? [] : [`point ${p.lng},${p.lat}`];
}

/** Every way the voyage settings (issue #30) break docs/url-format.md. */
function voyageErrors(
  v: Pick<UrlState, 'avoid' | 'via' | 'through' | 'draft' | 'month'>,
  passages: readonly string[],
  cat: UrlCatalogues,
): string[] {
  const e: string[] = [];
  if (v.via.length > 8 || !v.via.every((id) => mayBePort(id, cat.portIds))) e.push('via');
  const known = (p: string) => (PASSAGES as readonly string[]).includes(p);
  if (!v.through.every(known) || !sortedUnique(v.through, passages)) e.push('through');
  if (v.through.some((p) => v.avoid.includes(p))) e.push('avoid/through overlap');
  if (v.draft !== null && !inRange(v.draft, 1, 30, 1)) e.push(`draft ${v.draft}`);
  if (v.month !== null && !(Number.isInteger(v.month) && v.month >= 1 && v.month <= 12)) {
    e.push(`month ${v.month}`);
  }
  return e;
}

/** Every way `s` breaks docs/url-format.md; [] when it is a valid, canonical state. */
export function stateErrors(s: UrlState, cat: UrlCatalogues = CATALOGUES): string[] {
  const e: string[] = [];
  const keys = Object.keys(s).sort().join(',');
  if (
    keys !==
    'allowance,avoid,camera,claim,draft,dues,embed,from,fuel,lang,layers,month,open,panel,pins,price,projection,scrubber,speed,through,to,tour,vessel,via,view'
  ) {
    e.push(keys);
  }
  if (s.camera !== null) e.push(...cameraErrors(s.camera));
  if (!(PRESET_IDS as readonly string[]).includes(s.view)) e.push('view');
  if (s.claim !== null && !(CLAIM_IDS as readonly string[]).includes(s.claim)) e.push('claim');
  if (s.panel !== null && !PANELS.includes(s.panel)) e.push('panel');
  if (s.layers !== null && !sortedUnique(s.layers, LAYER_IDS)) e.push('layers');
  if (!inRange(s.speed, 8, 25, 1)) e.push(`speed ${s.speed}`);
  if (!inRange(s.allowance, 0, 10, 1)) e.push(`allowance ${s.allowance}`);
  e.push(...placeErrors(s.from, cat), ...placeErrors(s.to, cat));
  const passages = [...PASSAGES].sort();
  const known = (p: string) => (PASSAGES as readonly string[]).includes(p);
  if (!s.avoid.every(known) || !sortedUnique(s.avoid, passages)) e.push('avoid');
  if (!s.open.every(known) || !sortedUnique(s.open, passages)) e.push('open');
  if (s.open.some((p) => s.avoid.includes(p))) e.push('avoid/open overlap');
  e.push(...voyageErrors(s, passages, cat));
  if (s.pins.length > 3) e.push('pins');
  for (const pin of s.pins) {
    e.push(...placeErrors(pin.from, cat), ...placeErrors(pin.to, cat));
    if (!sortedUnique(pin.avoid, passages) || !sortedUnique(pin.open, passages))
      e.push('pin lists');
    if (pin.open.some((p) => pin.avoid.includes(p))) e.push('pin overlap');
    // A canonical pin carries only the voyage settings that differ from a plain route.
    if (
      pin.via?.length === 0 ||
      pin.through?.length === 0 ||
      pin.draft === null ||
      pin.month === null
    )
      e.push('pin voyage not compact');
    e.push(
      ...voyageErrors(
        {
          avoid: pin.avoid,
          via: pin.via ?? [],
          through: pin.through ?? [],
          draft: pin.draft ?? null,
          month: pin.month ?? null,
        },
        passages,
        cat,
      ).map((x) => `pin ${x}`),
    );
  }
  if (s.tour !== null && !(Number.isInteger(s.tour) && s.tour >= 1 && s.tour <= TOUR_LENGTH)) {
    e.push(`tour ${s.tour}`);
  }
  if (!['mercator', 'globe'].includes(s.projection)) e.push('projection');
  if (typeof s.embed !== 'boolean') e.push('embed');
  if (typeof s.scrubber !== 'boolean') e.push('scrubber');
  if (s.lang !== null && !(LOCALES as readonly string[]).includes(s.lang)) e.push('lang');
  if (!(VESSEL_IDS as readonly string[]).includes(s.vessel)) e.push('vessel');
  if (!(FUEL_IDS as readonly string[]).includes(s.fuel)) e.push('fuel');
  if (!inRange(s.dues, 0, 10_000_000, 0)) e.push(`dues ${s.dues}`);
  if (s.price !== null) {
    if (!inRange(s.price, 0.01, 10_000, 2)) e.push(`price ${s.price}`);
    if (s.price === FUELS[s.fuel].defaultPrice.value) e.push('price equals the default');
  }
  return e;
}

// ---- Arbitraries for valid states: values built on the serialised grid, so equality is exact.

/** k / 10^d for an integer k in [lo·10^d, hi·10^d], as the nearest double (like parsing "k e-d"). */
function gridValue(lo: number, hi: number, d: number): fc.Arbitrary<number> {
  const m = 10 ** d;
  const min = BigInt(Math.ceil(lo * m));
  const max = BigInt(Math.floor(hi * m));
  return fc.bigInt(min, max).map((k) => Number(k) / m + 0);
}

const cameraArb: fc.Arbitrary<Camera> = fc
  .integer({ min: 0, max: 2200 })
  .map((k) => k / 100)
  .chain((zoom) => {
    const d = specLngDecimals(zoom);
    const lat = fc.oneof(
      gridValue(-LAT_MAX, LAT_MAX, d),
      gridValue(60, 83.9, d + 1),
      gridValue(-83.9, -60, d + 1),
      gridValue(84, LAT_MAX, d + 2),
      gridValue(-LAT_MAX, -84, d + 2),
    );
    return fc.record({
      zoom: fc.constant(zoom),
      lat,
      lng: gridValue(-180, 180, d).filter((x) => x !== -180),
      bearing: fc.integer({ min: -1799, max: 1800 }).map((k) => k / 10 + 0),
      pitch: fc.integer({ min: 0, max: 850 }).map((k) => k / 10 + 0),
    });
  });

const placeArb: fc.Arbitrary<Place> = fc.oneof(
  fc.constantFrom(...PORTS).map((id): Place => ({ kind: 'port', id })),
  fc
    .record({
      lng: gridValue(-180, 180, 4).filter((x) => x !== -180),
      lat: gridValue(-LAT_MAX, LAT_MAX, 4),
    })
    .map((p): Place => ({ kind: 'point', ...p })),
);

const SORTED_PASSAGES = [...PASSAGES].sort();

const passageLists = fc
  .subarray(SORTED_PASSAGES)
  .chain((avoid) =>
    fc.subarray(SORTED_PASSAGES.filter((p) => !avoid.includes(p))).map((open) => ({ avoid, open })),
  );
/** Voyage settings on the grid, through never among `avoid`. */
const voyageArb = (avoid: readonly string[]) => {
  const forcible = SORTED_PASSAGES.filter((p) => !avoid.includes(p));
  return fc.record({
    via: fc.array(fc.constantFrom(...PORTS), { maxLength: 8 }),
    through: fc.subarray(forcible, { maxLength: Math.min(3, forcible.length) }),
    draft: fc.option(
      fc.integer({ min: 10, max: 300 }).map((k) => k / 10),
      { nil: null },
    ),
    month: fc.option(fc.integer({ min: 1, max: 12 }), { nil: null }),
  });
};
const pinArb = fc
  .record({ from: placeArb, to: placeArb, lists: passageLists })
  .chain(({ from, to, lists }) =>
    voyageArb(lists.avoid).map((v) => ({
      from,
      to,
      ...lists,
      // A canonical pin carries only what differs from a plain route.
      ...(v.via.length > 0 ? { via: v.via } : {}),
      ...(v.through.length > 0 ? { through: v.through } : {}),
      ...(v.draft !== null ? { draft: v.draft } : {}),
      ...(v.month !== null ? { month: v.month } : {}),
    })),
  );
const extrasArb = fc
  .record({
    pins: fc.array(pinArb, { maxLength: 3 }),
    tour: fc.option(fc.integer({ min: 1, max: TOUR_LENGTH }), { nil: null }),
    projection: fc.constantFrom('mercator' as const, 'globe' as const),
    embed: fc.boolean(),
    scrubber: fc.boolean(),
    lang: fc.constantFrom(null, ...LOCALES),
    vessel: fc.constantFrom(...VESSEL_IDS),
    fuel: fc.constantFrom(...FUEL_IDS),
    price: fc.option(
      fc.integer({ min: 1, max: 1_000_000 }).map((k) => k / 100),
      { nil: null },
    ),
    dues: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10_000_000 })),
  })
  .map((x) => ({
    ...x,
    price: x.price === FUELS[x.fuel].defaultPrice.value ? null : x.price,
  }));

/** Any valid, canonical state over CATALOGUES. */
export const validStateArb: fc.Arbitrary<UrlState> = fc
  .record({
    camera: fc.option(cameraArb, { nil: null }),
    view: fc.constantFrom(...PRESET_IDS),
    claim: fc.option(fc.constantFrom(...CLAIM_IDS), { nil: null }),
    panel: fc.option(fc.constantFrom(...PANEL_IDS), { nil: null }),
    layers: fc.option(fc.subarray([...LAYER_IDS]), { nil: null }),
    speed: fc.integer({ min: 80, max: 250 }).map((k) => k / 10),
    allowance: fc.integer({ min: 0, max: 100 }).map((k) => k / 10),
    from: fc.option(placeArb, { nil: null }),
    to: fc.option(placeArb, { nil: null }),
    avoid: fc.subarray(SORTED_PASSAGES),
  })
  .chain((s) =>
    fc
      .tuple(
        fc.subarray(SORTED_PASSAGES.filter((p) => !s.avoid.includes(p))),
        extrasArb,
        voyageArb(s.avoid),
      )
      .map(([open, extras, voyage]): UrlState => ({ ...s, open, ...extras, ...voyage })),
  );

// ---- Arbitraries for hostile hashes.

const numberToken = fc.oneof(
  fc.double().map(String),
  fc.integer({ min: -1000, max: 1000 }).map(String),
  fc.double({ min: -200, max: 200, noNaN: true }).map((x) => x.toFixed(3)),
  fc.constantFrom('NaN', '', '-', '.', '1e999', '-1e-7', '0x10', '+5', '.5', '5.', '1,5', ' 3'),
);
const idToken = fc.oneof(
  fc.constantFrom(...PRESET_IDS, ...CLAIM_IDS, ...LAYER_IDS, ...PANEL_IDS, ...PORTS, ...PASSAGES),
  fc.constantFrom('none', 'nope', 'Malacca', 'p:', '<script>alert(1)</script>', '%E0%A4%A', '%3C'),
  fc.string({ maxLength: 12 }),
);
const valueToken = fc.oneof(
  numberToken,
  idToken,
  fc.array(numberToken, { minLength: 1, maxLength: 6 }).map((xs) => xs.join('/')),
  fc.array(idToken, { minLength: 1, maxLength: 5 }).map((xs) => xs.join(',')),
  fc.tuple(numberToken, numberToken).map(([a, b]) => `p:${a},${b}`),
);
const keyToken = fc.oneof(
  fc.constantFrom(...URL_KEYS),
  fc.constantFrom('', 'MAP', 'foo', '%ZZ', '<b>', '#', 'map '),
);
/** Mostly plausible numbers, so ranges and rounding are exercised, not only rejection. */
const plausible = (lo: number, hi: number) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.double({ min: lo, max: hi, noNaN: true }).map((x) => x.toFixed(5)) },
    { weight: 1, arbitrary: numberToken },
  );
const listOf = (ids: readonly string[]) =>
  fc
    .array(
      fc.oneof(
        { weight: 5, arbitrary: fc.constantFrom(...ids) },
        { weight: 1, arbitrary: idToken },
      ),
      {
        maxLength: 6,
      },
    )
    .map((xs) => xs.join(','));
const place = fc.oneof(
  fc.constantFrom(...PORTS),
  fc.tuple(plausible(-400, 400), plausible(-95, 95)).map(([a, b]) => `p:${a},${b}`),
  idToken,
);
/** A pin's tagged fields (issue #30), plausible or hostile. */
const pinTags = fc.array(
  fc.oneof(
    listOf(PORTS).map((v) => `via:${v.replaceAll(',', '+')}`),
    listOf(PASSAGES).map((v) => `through:${v.replaceAll(',', '+')}`),
    plausible(-5, 40).map((v) => `draft:${v}`),
    plausible(-3, 15).map((v) => `month:${v}`),
    fc.tuple(idToken, valueToken).map(([k, v]) => `${k}:${v}`),
  ),
  { maxLength: 3 },
);
/** A value shaped for its key, or sometimes any value. */
const keyedPair: fc.Arbitrary<string> = fc.oneof(
  fc.array(plausible(-200, 200), { minLength: 3, maxLength: 5 }).map((xs) => `map=${xs.join('/')}`),
  fc
    .tuple(plausible(-2, 24), plausible(-90, 90), plausible(-400, 400))
    .map((xs) => `map=${xs.join('/')}`),
  fc.oneof(fc.constantFrom(...PRESET_IDS), idToken).map((v) => `view=${v}`),
  fc.oneof(fc.constantFrom(...CLAIM_IDS), idToken).map((v) => `claim=${v}`),
  fc.oneof(fc.constantFrom(...PANEL_IDS), idToken).map((v) => `panel=${v}`),
  fc.oneof(listOf(LAYER_IDS), fc.constant('none')).map((v) => `layers=${v}`),
  plausible(-5, 40).map((v) => `speed=${v}`),
  plausible(-5, 15).map((v) => `allow=${v}`),
  place.map((v) => `from=${v}`),
  place.map((v) => `to=${v}`),
  listOf(PASSAGES).map((v) => `avoid=${v}`),
  listOf(PASSAGES).map((v) => `open=${v}`),
  listOf(PASSAGES).map((v) => `through=${v}`),
  fc
    .array(fc.oneof(fc.constantFrom(...PORTS), idToken), { maxLength: 10 })
    .map((xs) => `via=${xs.join(',')}`),
  plausible(-5, 40).map((v) => `draft=${v}`),
  fc.oneof(plausible(-3, 15), fc.constantFrom('0', '12', '13', '02', 'x')).map((v) => `month=${v}`),
  fc
    .array(
      fc
        .tuple(place, place, listOf(PASSAGES), listOf(PASSAGES), pinTags)
        .map(([a, b, avoid, open, tags]) =>
          [a, b, avoid.replaceAll(',', '+'), open.replaceAll(',', '+'), ...tags].join('_'),
        ),
      { maxLength: 5 },
    )
    .map((pins) => `pins=${pins.join(';')}`),
  fc.oneof(plausible(-3, 20), fc.constantFrom('0', '999', 'abc', '1')).map((v) => `tour=${v}`),
  fc.constantFrom('globe', 'mercator', 'garbage', '').map((v) => `proj=${v}`),
  fc.constantFrom('1', '0', 'garbage').map((v) => `embed=${v}`),
  fc.constantFrom('1', '0', 'true', '<b>').map((v) => `scrub=${v}`),
  fc.oneof(fc.constantFrom(...VESSEL_IDS), idToken).map((v) => `vessel=${v}`),
  fc.oneof(fc.constantFrom(...FUEL_IDS), idToken).map((v) => `fuel=${v}`),
  plausible(-100, 20_000).map((v) => `price=${v}`),
  plausible(-100, 2e7).map((v) => `dues=${v}`),
  fc.constantFrom('1', '2', '0', 'x', '').map((v) => `v=${v}`),
  fc.tuple(keyToken, valueToken).map(([k, v]) => `${k}=${v}`),
);
const pair = fc.oneof(
  { weight: 6, arbitrary: keyedPair },
  { weight: 1, arbitrary: keyToken },
  {
    weight: 1,
    arbitrary: fc.array(numberToken, { minLength: 3, maxLength: 5 }).map((xs) => xs.join('/')),
  },
);
/** Near-valid hashes: real keys and ids mixed with junk, sometimes long enough to be cut. */
export const structuredHash = fc
  .tuple(
    fc.constantFrom('', '#', '##'),
    fc.array(pair, { maxLength: 14 }),
    fc.constantFrom('&', '&&'),
    fc.nat({ max: 60 }),
  )
  .map(
    ([prefix, pairs, sep, repeat]) =>
      prefix + (repeat > 55 ? pairs.join(sep).repeat(repeat * 4) : pairs.join(sep)),
  );
export const randomHash = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme-ascii', maxLength: 200 }).map((s) => `#${s}`),
  fc.stringMatching(/^#?([a-z]{1,6}=[%0-9A-Za-z./,:<>-]{0,12}&?){0,8}$/),
);
