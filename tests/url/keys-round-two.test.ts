/**
 * The keys added in this round (docs/url-format.md, still version 1): tour, proj, embed, vessel,
 * fuel, price and pins. Each round-trips, is left out at its default, and refuses hostile values
 * with a notice while the rest of the link still opens.
 */
import { describe, expect, test } from 'vitest';
import { FUELS } from '../../src/content/fuels';
import { TOUR_LENGTH } from '../../src/content/tour';
import { parseHash, serializeHash } from '../../src/lib/url/codec';
import { DEFAULT_STATE } from '../../src/lib/url/state';
import { CATALOGUES } from './helpers';

const parse = (hash: string) => parseHash(hash, CATALOGUES);
const codes = (hash: string) => parse(hash).problems.map((p) => `${p.key}:${p.code}`);

describe('round trips and defaults', () => {
  test.each([
    '#tour=1',
    `#tour=${TOUR_LENGTH}`,
    '#proj=globe',
    '#speed=12&vessel=bulk-panamax&fuel=lng&price=700.25&dues=450000',
    '#from=chennai&to=vladivostok&pins=chennai_vladivostok;chennai_vladivostok_malacca;chennai_vladivostok_lombok+malacca',
    '#pins=mumbai_vladivostok__northeast;p:88.1234,-15.5_st-petersburg_babelmandeb+suez',
    '#view=corridor&embed=1',
  ])('%s reads back to itself', (hash) => {
    const { state, problems } = parse(hash);
    expect(problems).toEqual([]);
    expect(serializeHash(state)).toBe(hash);
  });

  test('defaults are left out, including a price equal to the fuel’s published default', () => {
    const price = FUELS.mgo.defaultPrice.value;
    const { state } = parse(`#fuel=mgo&price=${price}&proj=mercator`);
    expect(state.price).toBeNull();
    expect(serializeHash(state)).toBe('#fuel=mgo');
    expect(serializeHash(DEFAULT_STATE)).toBe('');
  });

  test('pins are canonical: passages sorted, avoid wins over open', () => {
    const { state, problems } = parse('#pins=chennai_vladivostok_suez+malacca_malacca+kiel');
    expect(state.pins).toEqual([
      {
        from: { kind: 'port', id: 'chennai' },
        to: { kind: 'port', id: 'vladivostok' },
        avoid: ['malacca', 'suez'],
        open: ['kiel'],
      },
    ]);
    expect(problems).toEqual([]);
  });
});

describe('hostile values give a notice and the default', () => {
  test.each([
    ['#tour=0', 'tour:out-of-range'],
    ['#tour=999', 'tour:out-of-range'],
    ['#tour=abc', 'tour:malformed'],
    ['#tour=1.5', 'tour:malformed'],
    ['#proj=garbage', 'proj:unknown-id'],
    ['#embed=garbage', 'embed:malformed'],
    ['#vessel=titanic', 'vessel:unknown-id'],
    ['#fuel=coal', 'fuel:unknown-id'],
    ['#price=0', 'price:out-of-range'],
    ['#price=-40', 'price:out-of-range'],
    ['#price=99999', 'price:out-of-range'],
    ['#price=cheap', 'price:malformed'],
    ['#dues=lots', 'dues:malformed'],
    ['#pins=chennai', 'pins:unknown-id'],
    ['#pins=chennai_atlantis', 'pins:unknown-id'],
    ['#pins=chennai_vladivostok_styx', 'pins:unknown-id'],
    ['#pins=a_b_c_d_e_f', 'pins:unknown-id'],
  ])('%s → %s', (hash, expected) => {
    expect(codes(hash)).toContain(expected);
    const { state } = parse(hash);
    expect(state.tour).toBeNull();
    expect(state.projection).toBe('mercator');
    expect(state.embed).toBe(false);
    expect(state.vessel).toBe(DEFAULT_STATE.vessel);
    expect(state.fuel).toBe(DEFAULT_STATE.fuel);
    expect(state.price).toBeNull();
  });

  test('more than three pins: the first three are kept', () => {
    const pin = 'chennai_vladivostok';
    const { state, problems } = parse(
      `#pins=${[pin, `${pin}_malacca`, `${pin}_lombok`, `${pin}_sunda`].join(';')}`,
    );
    expect(state.pins).toHaveLength(3);
    expect(problems.map((p) => p.code)).toEqual(['out-of-range']);
  });

  test('a bad pin is dropped and the good ones kept', () => {
    const { state } = parse('#pins=chennai_vladivostok;nowhere_vladivostok;mumbai_st-petersburg');
    expect(state.pins.map((p) => (p.from.kind === 'port' ? p.from.id : ''))).toEqual([
      'chennai',
      'mumbai',
    ]);
  });
});
