/** The planner's one rule in the URL state (src/lib/url/planner.ts): canonical lists, avoid wins. */
import { describe, expect, it } from 'vitest';
import { canonicalPassages, setPlanner } from '../../src/lib/url/planner';
import { DEFAULT_STATE } from '../../src/lib/url/state';

describe('setPlanner', () => {
  it('sorts and deduplicates, and drops an opened passage that is also avoided', () => {
    const url = setPlanner(DEFAULT_STATE, {
      avoid: ['suez', 'malacca', 'suez', 'northeast'],
      open: ['northeast', 'kiel'],
    });
    expect(url.avoid).toEqual(['malacca', 'northeast', 'suez']);
    expect(url.open).toEqual(['kiel']);
  });

  it('keeps what the patch leaves out, and returns the same state for no change', () => {
    const a = setPlanner(DEFAULT_STATE, { from: { kind: 'port', id: 'chennai' }, avoid: ['suez'] });
    const b = setPlanner(a, { to: { kind: 'port', id: 'vladivostok' } });
    expect(b.from).toEqual({ kind: 'port', id: 'chennai' });
    expect(b.avoid).toBe(a.avoid);
    expect(setPlanner(b, { avoid: ['suez'] })).toBe(b);
    expect(setPlanner(b, {})).toBe(b);
  });

  it('clears an end given as null', () => {
    const a = setPlanner(DEFAULT_STATE, { from: { kind: 'port', id: 'chennai' } });
    expect(setPlanner(a, { from: null }).from).toBeNull();
  });
});

describe('canonicalPassages', () => {
  it('reports which opened passages lost to avoid', () => {
    expect(canonicalPassages(['kiel'], ['kiel', 'corinth'])).toEqual({
      avoid: ['kiel'],
      open: ['corinth'],
      dropped: ['kiel'],
    });
  });
});
