/** The store (src/state/store.ts): changes in order, even when a listener changes the state. */
import { describe, expect, it } from 'vitest';
import { Store } from '../src/state/store';

describe('Store', () => {
  it('tells listeners of a change, and of nothing when the state is the same', () => {
    const store = new Store({ n: 0 });
    const seen: number[] = [];
    store.subscribe((s) => seen.push(s.n));
    store.update((s) => ({ n: s.n + 1 }));
    store.update((s) => s);
    expect(seen).toEqual([1]);
  });

  it('bug: a listener updating the state left the later listeners with the older state', () => {
    const store = new Store({ n: 0, echo: false });
    store.subscribe((s) => {
      if (s.n === 1 && !s.echo) store.update((t) => ({ ...t, echo: true }));
    });
    const last: { n: number; echo: boolean }[] = [];
    store.subscribe((s) => last.push(s));
    store.update((s) => ({ ...s, n: 1 }));
    // The second listener sees the first change, then the listener's own, in that order.
    expect(last).toEqual([
      { n: 1, echo: false },
      { n: 1, echo: true },
    ]);
    expect(store.state).toEqual({ n: 1, echo: true });
  });

  it('bug: an update queued by a listener that changed nothing held back the ones after it', () => {
    const store = new Store({ n: 0, a: false, b: false });
    store.subscribe((s) => {
      if (s.n !== 1 || s.b) return;
      store.update((t) => t); // changes nothing
      store.update((t) => ({ ...t, b: true }));
    });
    store.update((s) => ({ ...s, n: 1 }));
    expect(store.state).toEqual({ n: 1, a: false, b: true });
  });
});
