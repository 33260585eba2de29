/**
 * What the planner's voyage controls compute below the UI (issue #30): the stops' order after a
 * move or a removal, a typed draft, the legs' figures (one allowance per call, adding up to the
 * total), the contradiction of a passage both forced and avoided, and which state changes ask
 * for a new route.
 */
import { describe, expect, it } from 'vitest';
import { callsOf, legFigures } from '../../src/lib/planner/legs';
import { compareWithCorridor, plannerRequest } from '../../src/lib/planner/plan';
import {
  movedStops,
  passageConflict,
  readDraft,
  requestChanged,
} from '../../src/lib/planner/voyage-input';
import { parseHash } from '../../src/lib/url/codec';
import { DEFAULT_STATE } from '../../src/lib/url/state';
import { loadSeaRouter } from '../../scripts/lib/load-network';

describe('movedStops', () => {
  const via = ['colombo', 'singapore', 'busan'];
  it('moves a stop up or down by one, and removes one', () => {
    expect(movedStops(via, 1, 'up')).toEqual(['singapore', 'colombo', 'busan']);
    expect(movedStops(via, 1, 'down')).toEqual(['colombo', 'busan', 'singapore']);
    expect(movedStops(via, 0, 'remove')).toEqual(['singapore', 'busan']);
  });
  it('leaves the order as it is for a move past either end', () => {
    expect(movedStops(via, 0, 'up')).toEqual(via);
    expect(movedStops(via, 2, 'down')).toEqual(via);
  });
});

describe('readDraft', () => {
  it('reads metres with a point or a comma, and empty as no draft', () => {
    expect(readDraft(' 16 ')).toEqual({ ok: true, value: 16 });
    expect(readDraft('15,2')).toEqual({ ok: true, value: 15.2 });
    expect(readDraft('')).toEqual({ ok: true, value: null });
  });
  it('refuses what is not a plain decimal, and a draft outside 1–30 m', () => {
    for (const text of ['abc', '0x10', '1e1', '-3', '16 m'])
      expect(readDraft(text)).toEqual({ ok: false, problem: 'nan' });
    expect(readDraft('160')).toEqual({ ok: false, problem: 'range' });
    expect(readDraft('0.5')).toEqual({ ok: false, problem: 'range' });
  });
});

describe('passageConflict', () => {
  const url = { avoid: ['suez' as const], through: ['panama' as const] };
  it('refuses forcing an avoided passage, and says when avoiding unforces one', () => {
    expect(passageConflict(url, 'through', 'suez', true)).toBe('avoided');
    expect(passageConflict(url, 'avoid', 'panama', true)).toBe('unforced');
  });
  it('refuses a fourth forced passage', () => {
    const three = { avoid: [], through: ['panama' as const, 'suez' as const, 'kiel' as const] };
    expect(passageConflict(three, 'through', 'dover', true)).toBe('too-many');
  });
  it('finds nothing in an untick or an unrelated box', () => {
    expect(passageConflict(url, 'through', 'suez', false)).toBeNull();
    expect(passageConflict(url, 'avoid', 'malacca', true)).toBeNull();
    expect(passageConflict(url, 'open', 'kiel', true)).toBeNull();
  });
});

describe('requestChanged', () => {
  it('sees a change of stops, forced passages, draft or month alone', () => {
    const a = { ...DEFAULT_STATE, from: null, to: null };
    expect(requestChanged(a, a)).toBe(false);
    expect(requestChanged({ ...a, via: ['colombo'] }, a)).toBe(true);
    expect(requestChanged({ ...a, through: ['suez'] }, a)).toBe(true);
    expect(requestChanged({ ...a, draft: 16 }, a)).toBe(true);
    expect(requestChanged({ ...a, month: 2 }, a)).toBe(true);
    const faster = { ...a, speed: 20 };
    expect(requestChanged(faster, a)).toBe(false);
  });
});

describe('legFigures', () => {
  const router = loadSeaRouter();
  const catalogues = { portIds: new Set(router.ports.map((p) => p.id)) };
  const request = plannerRequest(
    parseHash('#from=chennai&to=vladivostok&via=colombo,singapore', catalogues).state,
  )!;
  const result = router.findVoyage('chennai', 'vladivostok', { via: ['colombo', 'singapore'] });
  if (!result.ok) throw new Error(result.error.message);
  const voyage = result.route;
  const legs = legFigures(voyage.legs, request, 14, 2);

  it('pairs each leg with its calls, in order', () => {
    expect(callsOf(request).map((p) => (p.kind === 'port' ? p.id : p))).toEqual([
      'chennai',
      'colombo',
      'singapore',
      'vladivostok',
    ]);
    expect(legs.map((l) => [l.from, l.to])).toEqual([
      [request.from, { kind: 'port', id: 'colombo' }],
      [
        { kind: 'port', id: 'colombo' },
        { kind: 'port', id: 'singapore' },
      ],
      [{ kind: 'port', id: 'singapore' }, request.to],
    ]);
    expect(legs[1]!.passages).toContain('malacca');
  });

  it('adds up to the total the figures show: km, and days with one allowance per call', () => {
    const km = legs.reduce((sum, l) => sum + l.km, 0);
    expect(km).toBeCloseTo(voyage.km, 0);
    const days = legs.reduce((sum, l) => sum + l.days, 0);
    const total = compareWithCorridor(voyage, 8795.5, 14, 2);
    expect(days).toBeCloseTo(total.days, 1);
    expect(total.days - total.seaDays).toBeCloseTo(3 * 2, 9);
  });
});
