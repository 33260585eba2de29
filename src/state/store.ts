/** A minimal observable store: one state object, replaced (never mutated) on every change. */
export type Listener<S> = (state: S, previous: S) => void;

export class Store<S> {
  private listeners = new Set<Listener<S>>();

  constructor(private current: S) {}

  get state(): S {
    return this.current;
  }

  /** Replaces the state with `update(state)`; listeners run only when it changed. */
  update(update: (state: S) => S): void {
    const previous = this.current;
    const next = update(previous);
    if (next === previous) return;
    this.current = next;
    for (const listener of this.listeners) listener(next, previous);
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: Listener<S>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
