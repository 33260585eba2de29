/** A minimal observable store: one state object, replaced (never mutated) on every change. */
export type Listener<S> = (state: S, previous: S) => void;

/** What the panels see of the store: its state, updates, and change listeners. */
export interface StateStore<S> {
  readonly state: S;
  update(update: (state: S) => S): void;
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: Listener<S>): () => void;
}

export class Store<S> implements StateStore<S> {
  private listeners = new Set<Listener<S>>();
  /** Updates asked for by a listener while the others are still being told of a change. */
  private queued: ((state: S) => S)[] = [];
  private notifying = false;

  constructor(private current: S) {}

  get state(): S {
    return this.current;
  }

  /**
   * Replaces the state with `update(state)`; listeners run only when it changed. An update made
   * by a listener waits until every listener has seen the change before it: otherwise the
   * listeners after it would be told of the older state last, and keep it.
   */
  update(update: (state: S) => S): void {
    this.queued.push(update);
    if (this.notifying) return;
    this.notifying = true;
    try {
      // In order; one that changes nothing is skipped, and the rest still run.
      for (let next = this.queued.shift(); next; next = this.queued.shift()) {
        const previous = this.current;
        const state = next(previous);
        if (state === previous) continue;
        this.current = state;
        for (const listener of this.listeners) listener(state, previous);
      }
    } finally {
      this.notifying = false;
    }
  }

  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: Listener<S>): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
