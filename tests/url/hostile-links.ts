/**
 * Hostile links: shared by the codec's unit test (tests/url/hostile-links.test.ts: never throws,
 * reports each problem, drops what is wrong) and the browser test (e2e/url.spec.ts: a working
 * page, no error or dialog, no markup from the URL, and the notice when the link had problems).
 */
import type { UrlProblemCode } from '../../src/lib/url/problems';
import { DEFAULT_STATE, type UrlState } from '../../src/lib/url/state';

export interface HostileLink {
  hash: string;
  /** The problems the codec reports, in order; none: no notice. */
  codes: UrlProblemCode[];
  /** What is left of the state: the hostile parts dropped, the rest kept. */
  kept: (state: UrlState) => boolean;
  /**
   * Opened as a fresh load in the browser: what can only go wrong on a page's first parse of its
   * address (the app reads it before anything else runs). The others are followed as links.
   */
  freshLoad?: true;
}

const defaults = (state: UrlState, keys: (keyof UrlState)[]) =>
  keys.every((key) => JSON.stringify(state[key]) === JSON.stringify(DEFAULT_STATE[key]));

export const HOSTILE_LINKS: HostileLink[] = [
  {
    hash: '#',
    codes: [],
    kept: (s) => JSON.stringify(s) === JSON.stringify(DEFAULT_STATE),
  },
  { hash: '##', codes: ['malformed'], kept: (s) => defaults(s, ['camera', 'view']) },
  {
    hash: '#map=4/wrongly/formed/hash',
    codes: ['malformed'],
    kept: (s) => s.camera === null,
  },
  {
    hash: '#map=3/100/400',
    codes: ['out-of-range'],
    kept: (s) => s.camera?.lat === 85.0511 && s.camera.lng === 40 && s.camera.zoom === 3,
  },
  { hash: '#map=NaN/NaN/NaN', codes: ['malformed'], kept: (s) => s.camera === null },
  { hash: '#speed=-5', codes: ['out-of-range'], kept: (s) => s.speed === 8 },
  {
    hash: '#view=atlantis&claim=nope',
    codes: ['unknown-id', 'unknown-id'],
    kept: (s) => defaults(s, ['view', 'claim']),
  },
  {
    hash: '#claim=<script>alert(1)</script>',
    codes: ['unknown-id'],
    kept: (s) => s.claim === null,
    freshLoad: true,
  },
  {
    hash: '#view=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
    codes: ['unknown-id'],
    kept: (s) => s.view === DEFAULT_STATE.view,
  },
  {
    hash: '#from=%E0%A4%A&to=p:999,999',
    codes: ['bad-encoding', 'out-of-range'],
    kept: (s) => s.from === null && s.to === null,
    freshLoad: true,
  },
  {
    hash: `#view=${'x'.repeat(100_000)}`,
    codes: ['too-long'],
    kept: (s) => s.view === DEFAULT_STATE.view,
    freshLoad: true,
  },
  {
    hash: '#layers=corridor,corridor,bogus&avoid=suez,suez&open=suez',
    codes: ['unknown-id', 'conflict'],
    kept: (s) =>
      s.layers?.join() === 'corridor' && s.avoid.join() === 'suez' && s.open.length === 0,
  },
  {
    hash: '#map=2/10/10&map=5/40/40&view=malacca&view=corridor',
    codes: ['duplicate', 'duplicate'],
    kept: (s) => s.camera?.zoom === 2 && s.camera.lat === 10 && s.view === 'malacca',
  },
  {
    hash: '#tour=0&proj=garbage&embed=garbage&vessel=titanic&fuel=coal&price=-1',
    codes: ['out-of-range', 'unknown-id', 'malformed', 'unknown-id', 'unknown-id', 'out-of-range'],
    kept: (s) => defaults(s, ['tour', 'projection', 'embed', 'vessel', 'fuel', 'price']),
  },
  {
    hash: '#tour=999&pins=chennai_atlantis;a_b_c_d_e',
    codes: ['out-of-range', 'unknown-id', 'unknown-id', 'unknown-id'],
    kept: (s) => defaults(s, ['tour', 'pins']),
  },
  {
    hash: '#tour=abc&price=99999',
    codes: ['malformed', 'out-of-range'],
    kept: (s) => defaults(s, ['tour', 'price']),
  },
];
