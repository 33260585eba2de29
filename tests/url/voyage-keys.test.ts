/**
 * The voyage keys (issue #30; docs/url-format.md, still version 1): via, through, draft, month,
 * and the same settings on pins. Each round-trips and is left out at its default; hostile values
 * are dropped with a notice while the rest of the link still opens; old pin links read as before.
 */
import { describe, expect, test } from 'vitest';
import { parseHash, serializeHash } from '../../src/lib/url/codec';
import { decideHistoryAction } from '../../src/lib/url/history';
import { setPins, setPlanner } from '../../src/lib/url/planner';
import { DEFAULT_STATE, type PinnedRoute } from '../../src/lib/url/state';
import { CATALOGUES } from './helpers';

const parse = (hash: string) => parseHash(hash, CATALOGUES);
const codes = (hash: string) => parse(hash).problems.map((p) => `${p.key}:${p.code}`);
const port = (id: string) => ({ kind: 'port', id }) as const;

describe('round trips and defaults', () => {
  test.each([
    '#from=chennai&to=vladivostok&via=singapore,mumbai&through=suez&draft=16.5&month=2',
    '#from=chennai&to=vladivostok&via=singapore,chennai,singapore',
    '#from=mumbai&to=st-petersburg&avoid=suez&open=kiel&through=kiel,malacca&draft=9&month=12',
    '#pins=chennai_vladivostok_via:singapore;chennai_vladivostok_malacca_through:sunda_draft:16_month:8',
    '#pins=mumbai_vladivostok__northeast_month:8;mumbai_vladivostok_draft:12.5',
  ])('%s reads back to itself', (hash) => {
    const { state, problems } = parse(hash);
    expect(problems).toEqual([]);
    expect(serializeHash(state)).toBe(hash);
  });

  test('reads each key into the state', () => {
    const { state } = parse(
      '#from=chennai&to=vladivostok&via=singapore,mumbai&through=suez,panama&draft=16.04&month=02',
    );
    expect([state.via, state.through, state.draft, state.month]).toEqual([
      ['singapore', 'mumbai'],
      ['panama', 'suez'],
      16,
      2,
    ]);
  });

  test('a link without the keys is a plain route, and old pins read exactly as before', () => {
    const { state } = parse('#from=chennai&to=vladivostok&pins=mumbai_vladivostok__northeast');
    expect([state.via, state.through, state.draft, state.month]).toEqual([[], [], null, null]);
    expect(state.pins).toEqual([
      { from: port('mumbai'), to: port('vladivostok'), avoid: [], open: ['northeast'] },
    ]);
    expect(
      serializeHash({ ...DEFAULT_STATE, via: [], through: [], draft: null, month: null }),
    ).toBe('');
  });

  test('a pin keeps its stops, forced passages, draft and month', () => {
    const { state } = parse(
      '#pins=chennai_vladivostok_via:singapore+mumbai_through:sunda_draft:16_month:8',
    );
    expect(state.pins).toEqual([
      {
        from: port('chennai'),
        to: port('vladivostok'),
        avoid: [],
        open: [],
        via: ['singapore', 'mumbai'],
        through: ['sunda'],
        draft: 16,
        month: 8,
      },
    ]);
  });
});

describe('hostile values give a notice and are dropped; the rest of the link opens', () => {
  test.each([
    ['#via=atlantis', 'via:unknown-id'],
    ['#via=%3Cscript%3E', 'via:unknown-id'],
    [
      '#via=chennai,chennai,chennai,chennai,chennai,chennai,chennai,chennai,chennai',
      'via:out-of-range',
    ],
    ['#through=cape', 'through:unknown-id'],
    ['#through=suez&avoid=suez', 'through:conflict'],
    ['#draft=abc', 'draft:malformed'],
    ['#draft=NaN', 'draft:malformed'],
    ['#draft=0x10', 'draft:malformed'],
    ['#draft=0', 'draft:out-of-range'],
    ['#draft=-5', 'draft:out-of-range'],
    ['#draft=31', 'draft:out-of-range'],
    ['#draft=1e3', 'draft:out-of-range'],
    ['#month=0', 'month:out-of-range'],
    ['#month=13', 'month:out-of-range'],
    ['#month=1.5', 'month:malformed'],
    ['#month=-1', 'month:malformed'],
    ['#month=feb', 'month:malformed'],
    ['#month=', 'month:malformed'],
  ])('%s → %s', (hash, expected) => {
    const { state, problems } = parse(`#view=corridor&${hash.slice(1)}`);
    expect(problems.map((p) => `${p.key}:${p.code}`)).toContain(expected);
    // The rest of the link is read, and nothing hostile reaches the state.
    expect(state.view).toBe('corridor');
    expect(state.through).toEqual([]);
    expect(state.draft).toBeNull();
    expect(state.month).toBeNull();
    expect(state.via.every((id) => CATALOGUES.portIds.has(id))).toBe(true);
    for (const p of problems) expect(p.message).not.toMatch(/[<>]/);
  });

  test('more than eight stops: the first eight are kept, in order', () => {
    const stops = [
      'singapore',
      'mumbai',
      'chennai',
      ...Array.from({ length: 7 }, () => 'singapore'),
    ];
    const { state } = parse(`#via=${stops.join(',')}`);
    expect(state.via).toEqual(stops.slice(0, 8));
  });

  test('a forced passage that is also avoided is reported in words, and avoid wins', () => {
    const { state, problems } = parse('#through=suez,panama&avoid=suez');
    expect(state.avoid).toEqual(['suez']);
    expect(state.through).toEqual(['panama']);
    expect(problems).toEqual([
      {
        key: 'through',
        code: 'conflict',
        message:
          'through: also in avoid: a route cannot both pass and avoid it; avoid wins ("suez").',
        value: 'suez',
      },
    ]);
  });

  test.each([
    ['chennai_vladivostok_via:atlantis', 'pins:unknown-id', { via: undefined }],
    ['chennai_vladivostok_draft:99', 'pins:out-of-range', { draft: undefined }],
    ['chennai_vladivostok_month:13', 'pins:out-of-range', { month: undefined }],
    ['chennai_vladivostok_through:cape', 'pins:unknown-id', { through: undefined }],
    ['chennai_vladivostok_suez_through:suez', 'pins:conflict', { through: undefined }],
  ])('a pin with %s keeps its route and drops the value (%s)', (pin, code, dropped) => {
    const { state, problems } = parse(`#pins=${pin}`);
    expect(problems.map((p) => `${p.key}:${p.code}`)).toContain(code);
    expect(state.pins).toHaveLength(1);
    expect(state.pins[0]).toMatchObject({ from: port('chennai'), to: port('vladivostok') });
    for (const key of Object.keys(dropped)) expect(state.pins[0]).not.toHaveProperty(key);
  });

  test.each([
    'chennai_vladivostok_foo:1',
    'chennai_vladivostok_month:1_month:2',
    'chennai_vladivostok_suez_kiel_malacca',
  ])('a pin with an unknown or repeated tag, or a third passage list, is dropped: %s', (pin) => {
    const { state } = parse(`#pins=${pin};mumbai_st-petersburg`);
    expect(state.pins).toHaveLength(1);
    expect(codes(`#pins=${pin}`)).toEqual(['pins:malformed']);
  });
});

describe('the planner rule and history', () => {
  test('setPlanner: forced passages canonical and never avoided, stops capped, draft to 10 cm', () => {
    const url = setPlanner(DEFAULT_STATE, {
      through: ['suez', 'kiel', 'suez'],
      avoid: ['kiel'],
      via: Array.from({ length: 10 }, () => 'singapore'),
      draft: 16.04,
      month: 8,
    });
    expect([url.through, url.via.length, url.draft, url.month]).toEqual([['suez'], 8, 16, 8]);
    expect(setPlanner(url, { draft: 16, month: 8 })).toBe(url);
    expect(setPlanner(url, { draft: null }).draft).toBeNull();
  });

  test('pins are compared with their voyage settings: a pin with a stop is another pin', () => {
    const plain: PinnedRoute = {
      from: port('chennai'),
      to: port('vladivostok'),
      avoid: [],
      open: [],
    };
    const url = setPins(DEFAULT_STATE, [
      plain,
      { ...plain, via: [], through: [], draft: null, month: null },
      { ...plain, via: ['singapore'] },
    ]);
    expect(url.pins).toEqual([plain, { ...plain, via: ['singapore'] }]);
  });

  test('a change of stops, forced passages, draft or month is a new history entry', () => {
    const url = setPlanner(DEFAULT_STATE, { from: port('chennai'), to: port('vladivostok') });
    for (const patch of [
      { via: ['singapore'] },
      { through: ['suez' as const] },
      { draft: 12 },
      { month: 3 },
    ]) {
      expect(decideHistoryAction(url, setPlanner(url, patch))).toBe('push');
    }
  });
});
