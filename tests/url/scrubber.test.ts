/**
 * The scrubber key (issue #32; docs/url-format.md): `scrub=1` says a scrubber is fitted, so the
 * cost figures keep the chosen fuel inside Emission Control Areas. Off by default and then left
 * out; any other value is dropped with a notice while the rest of the link still opens.
 */
import { describe, expect, test } from 'vitest';
import { decideHistoryAction } from '../../src/lib/url/history';
import { parseHash, serializeHash } from '../../src/lib/url/codec';
import { DEFAULT_STATE } from '../../src/lib/url/state';
import { CATALOGUES } from './helpers';

const parse = (hash: string) => parseHash(hash, CATALOGUES);

describe('scrub=1', () => {
  test.each(['#scrub=1', '#vessel=bulk-panamax&fuel=lfo&scrub=1&price=600'])(
    '%s reads back to itself',
    (hash) => {
      const { state, problems } = parse(hash);
      expect(problems).toEqual([]);
      expect(state.scrubber).toBe(true);
      expect(serializeHash(state)).toBe(hash);
    },
  );

  test('no scrubber is the default and is never written', () => {
    expect(DEFAULT_STATE.scrubber).toBe(false);
    expect(serializeHash({ ...DEFAULT_STATE, fuel: 'mgo' })).toBe('#fuel=mgo');
  });

  test.each(['0', 'true', 'yes', '<b>on</b>', '%3Cscript%3E'])(
    'scrub=%s is dropped with a notice, the rest of the link kept',
    (value) => {
      const { state, problems } = parse(`#fuel=lfo&scrub=${value}`);
      expect(state.scrubber).toBe(false);
      expect(state.fuel).toBe('lfo');
      expect(problems.map((p) => `${p.key}:${p.code}`)).toEqual(['scrub:malformed']);
      expect(problems[0]!.message).not.toMatch(/[<>]/);
    },
  );

  test('fitting or removing the scrubber is a setting: it replaces the history entry', () => {
    expect(decideHistoryAction(DEFAULT_STATE, { ...DEFAULT_STATE, scrubber: true })).toBe(
      'replace',
    );
  });
});
