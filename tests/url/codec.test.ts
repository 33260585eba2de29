import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CLAIM_IDS, PRESET_IDS } from '../../src/content/ids';
import { MAX_HASH_LENGTH, parseHash, serializeHash } from '../../src/lib/url/codec';
import { latDecimals, latLngDecimals } from '../../src/lib/url/numbers';
import type { UrlProblemCode } from '../../src/lib/url/problems';
import { MAX_PROBLEMS } from '../../src/lib/url/problems';
import type { UrlState } from '../../src/lib/url/state';
import { DEFAULT_STATE } from '../../src/lib/url/state';
import { selectClaim, selectPreset } from '../../src/lib/url/navigation';
import { CATALOGUES, stateErrors } from './helpers';

const parse = (hash: string) => parseHash(hash, CATALOGUES);
const codes = (hash: string) => parse(hash).problems.map((p) => p.code);
const roundTrip = (s: UrlState) => parse(serializeHash(s));

describe('MapLibre hash compatibility', () => {
  // Expected strings are MapLibre's own (maplibre-gl-js src/ui/hash.test.ts).
  test.each([
    ['#map=3/2/1', { zoom: 3, lat: 2, lng: 1, bearing: 0, pitch: 0 }],
    ['#map=3/2/1/0/60', { zoom: 3, lat: 2, lng: 1, bearing: 0, pitch: 60 }],
    ['#map=3/2/1/135/60', { zoom: 3, lat: 2, lng: 1, bearing: 135, pitch: 60 }],
    ['#map=10/3.75/2.5/45/30', { zoom: 10, lat: 3.75, lng: 2.5, bearing: 45, pitch: 30 }],
  ])('%s reads and writes back identically', (hash, camera) => {
    const { state, problems } = parse(hash);
    expect(problems).toEqual([]);
    expect(state.camera).toEqual(camera);
    expect(serializeHash(state)).toBe(hash);
  });

  test("MapLibre's unnamed hash (#zoom/lat/lng…) is read as map=", () => {
    const { state, problems } = parse('#5/1/0.5/30');
    expect(problems).toEqual([]);
    expect(state.camera).toEqual({ zoom: 5, lat: 1, lng: 0.5, bearing: 30, pitch: 0 });
    expect(serializeHash(state)).toBe('#map=5/1/0.5/30');
  });

  test('lat/lng decimals follow the zoom (MapLibre) and the latitude (Mercator stretch)', () => {
    expect([0, 4, 13, 22].map(latLngDecimals)).toEqual([1, 2, 5, 8]);
    expect([0, 59.99, 60, 83.99, 84, -84].map((lat) => latDecimals(4, lat))).toEqual([
      2, 2, 3, 3, 4, 4,
    ]);
    const camera = { zoom: 4, lat: 45.12345, lng: 70.56789, bearing: 0, pitch: 0 };
    expect(serializeHash({ ...DEFAULT_STATE, camera })).toBe('#map=4/45.12/70.57');
    const north = { ...camera, lat: 70.56789 };
    expect(serializeHash({ ...DEFAULT_STATE, camera: north })).toBe('#map=4/70.568/70.57');
  });

  test('the centre stays within half a pixel each way at any zoom and latitude', () => {
    for (let zoom = 0; zoom <= 22; zoom += 0.37) {
      for (let lat = -85; lat <= 85; lat += 0.731) {
        const camera = {
          zoom: Math.round(zoom * 100) / 100,
          lat,
          lng: lat * 2.1,
          bearing: 0,
          pitch: 0,
        };
        const back = parse(serializeHash({ ...DEFAULT_STATE, camera })).state.camera;
        const worldPx = 512 * 2 ** camera.zoom;
        const mercY = (d: number) => Math.log(Math.tan(Math.PI / 4 + (d * Math.PI) / 360));
        const dx = (Math.abs((back?.lng ?? NaN) - camera.lng) / 360) * worldPx;
        const dy = (Math.abs(mercY(back?.lat ?? NaN) - mercY(lat)) / (2 * Math.PI)) * worldPx;
        expect(dx).toBeLessThanOrEqual(0.5);
        expect(dy).toBeLessThanOrEqual(0.5);
      }
    }
  });
});

describe('round trip', () => {
  test.each(PRESET_IDS)('preset %s', (id) => {
    const state = selectPreset(DEFAULT_STATE, id);
    expect(roundTrip(state)).toEqual({ state, problems: [] });
    const moved = {
      ...state,
      camera: { zoom: 5.5, lat: 30.12, lng: 100.5, bearing: -20, pitch: 40 },
    };
    expect(roundTrip(moved)).toEqual({ state: moved, problems: [] });
  });

  test.each(CLAIM_IDS)('claim %s', (id) => {
    const state = selectClaim({ ...DEFAULT_STATE, panel: 'claims' }, id);
    expect(serializeHash(state)).toContain(`claim=${id}`);
    expect(roundTrip(state)).toEqual({ state, problems: [] });
  });

  test('planner states', () => {
    const states: UrlState[] = [
      { ...DEFAULT_STATE, panel: 'planner', from: { kind: 'port', id: 'chennai' } },
      {
        ...DEFAULT_STATE,
        from: { kind: 'point', lng: 88.1234, lat: -15.5 },
        to: { kind: 'port', id: 'st-petersburg' },
        avoid: ['malacca', 'suez'],
        open: ['northeast'],
        speed: 16.5,
        allowance: 0,
        layers: [],
      },
    ];
    for (const state of states) expect(roundTrip(state)).toEqual({ state, problems: [] });
    expect(serializeHash(states[1] ?? DEFAULT_STATE)).toBe(
      '#layers=none&speed=16.5&allow=0&from=p:88.1234,-15.5&to=st-petersburg&avoid=malacca,suez&open=northeast',
    );
  });

  test('the default state is the empty hash', () => {
    expect(serializeHash(DEFAULT_STATE)).toBe('');
    expect(parse('')).toEqual({ state: DEFAULT_STATE, problems: [] });
  });

  test('every example in docs/url-format.md parses without problems and writes back', () => {
    const doc = readFileSync(new URL('../../docs/url-format.md', import.meta.url), 'utf8');
    const examples = [
      ...doc.matchAll(/`((?:map|view|claim|panel|layers|speed|allow|from|to|avoid|open)=[^`]+)`/g),
    ]
      .map((m) => m[1] ?? '')
      .filter((e) => !e.endsWith('='));
    expect(examples.length).toBeGreaterThanOrEqual(12);
    for (const example of examples) {
      const { state, problems } = parse(`#${example}`);
      expect(problems, example).toEqual([]);
      expect(serializeHash(state), example).toBe(`#${example}`);
    }
    const [, top] = /```\n(#[^\n]+)\n```/.exec(doc) ?? [];
    expect(parse(top ?? '').problems).toEqual([]);
    expect(serializeHash(parse(top ?? '').state)).toBe(top);
  });
});

type Case = [name: string, hash: string, codes: UrlProblemCode[], check?: (s: UrlState) => unknown];
const BROKEN: Case[] = [
  ['empty', '', []],
  ['bare #', '#', []],
  ['##', '##', ['malformed']],
  ['empty pairs', '#&&&', []],
  ['wrongly formed map', '#map=4/wrongly/formed/hash', ['malformed'], (s) => s.camera === null],
  ['map with 2 parts', '#map=4/1', ['malformed'], (s) => s.camera === null],
  ['map with 6 parts', '#map=4/1/2/3/4/5', ['malformed'], (s) => s.camera === null],
  ['map without value', '#map=', ['malformed'], (s) => s.camera === null],
  ['latitude 100', '#map=4/100/20', ['out-of-range'], (s) => s.camera?.lat === 85.0511],
  [
    'latitude -100 at z22',
    '#map=22/-100/20',
    ['out-of-range'],
    (s) => s.camera?.lat === -85.051129,
  ],
  ['zoom 30', '#map=30/1/2', ['out-of-range'], (s) => s.camera?.zoom === 22],
  ['pitch 100', '#map=3/1/2/0/100', ['out-of-range'], (s) => s.camera?.pitch === 85],
  ['lng 540 wraps', '#map=3/1/540', [], (s) => s.camera?.lng === 180],
  ['bearing -190 wraps', '#map=3/1/2/-190', [], (s) => s.camera?.bearing === 170],
  ['NaN zoom', '#map=NaN/1/2', ['malformed'], (s) => s.camera === null],
  ['Infinity pitch', '#map=3/1/2/0/Infinity', ['malformed'], (s) => s.camera === null],
  ['1e999', '#map=1e999/1/2', ['malformed'], (s) => s.camera === null],
  ['empty camera part', '#map=3//2', ['malformed'], (s) => s.camera === null],
  ['NaN speed', '#speed=NaN', ['malformed'], (s) => s.speed === 14],
  ['hex speed', '#speed=0x10', ['malformed'], (s) => s.speed === 14],
  ['negative speed', '#speed=-5', ['out-of-range'], (s) => s.speed === 8],
  ['speed 99', '#speed=99', ['out-of-range'], (s) => s.speed === 25],
  ['allowance -1', '#allow=-1', ['out-of-range'], (s) => s.allowance === 0],
  ['speed without value', '#speed', ['malformed'], (s) => s.speed === 14],
  ['unknown view', '#view=atlantis', ['unknown-id'], (s) => s.view === 'overview'],
  ['upper-case claim', '#claim=RELOS', ['unknown-id'], (s) => s.claim === null],
  ['unknown panel', '#panel=settings', ['unknown-id'], (s) => s.panel === null],
  [
    'unknown layer kept out',
    '#layers=corridor,nope',
    ['unknown-id'],
    (s) => s.layers?.join() === 'corridor',
  ],
  ['only unknown layers', '#layers=nope', ['unknown-id'], (s) => s.layers === null],
  ['unknown port', '#from=atlantis', ['unknown-id'], (s) => s.from === null],
  ['point lat 100', '#from=p:80,100', ['out-of-range'], (s) => s.from === null],
  ['point missing lat', '#to=p:80', ['malformed'], (s) => s.to === null],
  ['unknown passage', '#avoid=suez,atlantis', ['unknown-id'], (s) => s.avoid.join() === 'suez'],
  [
    'avoided and opened',
    '#avoid=suez&open=suez,northeast',
    ['conflict'],
    (s) => s.open.join() === 'northeast',
  ],
  ['unknown key', '#foo=bar', ['unknown-key']],
  ['future version', '#v=99&view=malacca', ['unsupported-version'], (s) => s.view === 'malacca'],
  ['bad version', '#v=abc', ['malformed']],
  ['percent-encoding error', '#view=%E0%A4%A', ['bad-encoding'], (s) => s.view === 'overview'],
  ['bad escape in key', '#%ZZ=1&view=malacca', ['bad-encoding'], (s) => s.view === 'malacca'],
  ['<script> in a value', '#view=<script>alert(1)</script>', ['unknown-id']],
  ['encoded <script>', '#claim=%3Cscript%3Ealert(1)%3C%2Fscript%3E', ['unknown-id']],
  ['<img> as a key', '#<img src=x onerror=alert(1)>', ['unknown-key']],
  [
    '100 KB hash',
    `#view=malacca&${'x'.repeat(100_000)}`,
    ['too-long'],
    (s) => s.view === 'malacca',
  ],
  [
    'cut value dropped',
    `#view=malacca&${'&'.repeat(MAX_HASH_LENGTH - 20)}speed=12`,
    ['too-long'],
    (s) => s.speed === 14,
  ],
];

describe('broken input never throws and yields a valid state', () => {
  test.each(BROKEN)('%s', (_name, hash, expected, check) => {
    const { state, problems } = parse(hash);
    expect(stateErrors(state)).toEqual([]);
    expect(problems.map((p) => p.code)).toEqual(expected);
    if (check) expect(check(state)).toBe(true);
    for (const p of problems) expect(p.message).not.toMatch(/[<>]/);
  });

  test('markup is reduced to a short excerpt in messages', () => {
    const [p] = parse('#view=<script>alert(1)</script>').problems;
    expect(p?.message).toBe('view: unknown view ("scriptalert1/script").');
    const [long] = parse(`#view=${'a'.repeat(500)}`).problems;
    expect(long?.message.length).toBeLessThan(60);
  });

  test('bug: a repeated key printed one notice line per repeat; now one line says how often', () => {
    const { state, problems } = parse(`#${'speed=12&'.repeat(12_000)}`);
    expect(state.speed).toBe(12);
    expect(problems.map((p) => p.code)).toEqual(['too-long', 'duplicate']);
    // 2,000 characters hold 222 whole "speed=12&" pairs.
    expect(problems[1]!.message).toBe('speed: given 222 times; the first is used.');
  });

  test('many different problems are capped, the last line counting the rest', () => {
    const junk = Array.from({ length: 14 }, (_, i) => `k${i}=1`).join('&');
    const { problems } = parse(`#${junk}`);
    expect(problems).toHaveLength(MAX_PROBLEMS);
    expect(problems.at(-1)).toMatchObject({
      code: 'too-many',
      message: '5 more problems were ignored.',
    });
  });
});

describe('duplicate keys: the first occurrence wins', () => {
  test('two valid values', () => {
    expect(parse('#view=malacca&view=corridor').state.view).toBe('malacca');
    expect(codes('#view=malacca&view=corridor')).toEqual(['duplicate']);
  });
  test('even when the first is invalid', () => {
    const { state, problems } = parse('#speed=fast&speed=20');
    expect(state.speed).toBe(14);
    expect(problems.map((p) => p.code).sort()).toEqual(['duplicate', 'malformed']);
  });
  test('the unnamed MapLibre camera counts as map=', () => {
    expect(parse('#5/1/2&map=3/4/5').state.camera?.zoom).toBe(5);
    expect(codes('#5/1/2&map=3/4/5')).toEqual(['duplicate']);
  });
});
