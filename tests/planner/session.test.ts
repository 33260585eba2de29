/**
 * The planner session (src/lib/planner/session.ts): its five statuses, de-duplication, outdated
 * answers dropped, the framing decision, retries after a failure, and the same place at both ends.
 */
import { describe, expect, it } from 'vitest';
import { requestKey, type PlannerRequest } from '../../src/lib/planner/plan';
import {
  initialSession,
  next,
  type PlannerEvent,
  type PlannerSession,
} from '../../src/lib/planner/session';
import type { Voyage, VoyageResult } from '../../src/lib/routing/route';
import { PLAIN_VOYAGE } from '../../src/lib/url/state';

const port = (id: string) => ({ kind: 'port', id }) as const;
const request = (
  from: string,
  to: string,
  avoid: PlannerRequest['avoid'] = [],
): PlannerRequest => ({
  from: port(from),
  to: port(to),
  avoid,
  open: [],
  ...PLAIN_VOYAGE,
});
const corridor = request('chennai', 'vladivostok');
const detour = request('chennai', 'vladivostok', ['malacca']);

const route = (km: number): Voyage =>
  ({
    coordinates: [
      [80, 13],
      [132, 43],
    ],
    km,
    nm: km / 1.852,
    passages: [],
  }) as unknown as Voyage;
const ok = (km: number): VoyageResult => ({ ok: true, route: route(km) });

/** Runs events in order; returns the last session and every effect, in order. */
function run(session: PlannerSession, ...events: PlannerEvent[]) {
  const effects = [];
  for (const event of events) {
    const step = next(session, event);
    session = step.session;
    effects.push(...step.effects);
  }
  return { session, effects };
}

const ask = (r: PlannerRequest | null, byUser = false): PlannerEvent => ({
  type: 'request',
  request: r,
  byUser,
});
const answer = (r: PlannerRequest, result: VoyageResult): PlannerEvent => ({
  type: 'answer',
  key: requestKey(r),
  result,
});

describe('planner session', () => {
  it('is empty until both ends are known', () => {
    const { session, effects } = run(initialSession(false), ask(null));
    expect(session.status).toBe('empty');
    expect(effects).toEqual([]);
  });

  it('loads the network for the first request, then computes, and frames the first route', () => {
    const first = run(initialSession(false), ask(corridor));
    expect(first.session.status).toBe('loading');
    expect(first.effects).toEqual([
      { type: 'compute', key: requestKey(corridor), request: corridor },
    ]);
    const shown = run(first.session, answer(corridor, ok(10_000)));
    expect(shown.session.status).toBe('shown');
    expect(shown.session.shown?.route.km).toBe(10_000);
    expect(shown.effects).toEqual([{ type: 'frame', coordinates: route(1).coordinates }]);
    const second = run(shown.session, ask(detour));
    expect(second.session.status).toBe('computing');
  });

  it('does not frame the first route of a link that fixes the camera, but frames a user change', () => {
    const linked = run(initialSession(true), ask(corridor), answer(corridor, ok(1)));
    expect(linked.effects.filter((e) => e.type === 'frame')).toEqual([]);
    const changed = run(linked.session, ask(detour, true), answer(detour, ok(2)));
    expect(changed.effects.map((e) => e.type)).toEqual(['compute', 'frame']);
    // A change from a link or Back after that is not framed.
    const back = run(changed.session, ask(corridor), answer(corridor, ok(1)));
    expect(back.effects.map((e) => e.type)).toEqual(['compute']);
  });

  it('asks once for a request it has already computed or is computing', () => {
    const { effects } = run(
      initialSession(false),
      ask(corridor),
      ask({ ...corridor }),
      answer(corridor, ok(1)),
      ask(corridor),
    );
    expect(effects.filter((e) => e.type === 'compute')).toHaveLength(1);
  });

  it('drops an answer to a request the state has moved on from', () => {
    const { session } = run(
      initialSession(false),
      ask(corridor),
      ask(detour),
      answer(corridor, ok(1)),
    );
    expect(session.status).toBe('loading');
    expect(session.shown).toBeNull();
  });

  it('keeps the previous route when the router finds none, and does not ask again', () => {
    const noRoute: VoyageResult = { ok: false, error: { code: 'no-route', message: 'closed' } };
    const { session, effects } = run(
      initialSession(false),
      ask(corridor),
      answer(corridor, ok(1)),
      ask(detour),
      answer(detour, noRoute),
      ask(detour),
      { type: 'retry' },
    );
    expect(session.status).toBe('error');
    expect(session.problem).toEqual({ kind: 'route', error: noRoute.error });
    expect(session.shown?.request).toBe(corridor);
    expect(effects.filter((e) => e.type === 'compute')).toHaveLength(2);
  });

  it('retries a request the router could not be reached for, on retry or on the next request', () => {
    const failed = run(initialSession(false), ask(corridor), {
      type: 'unavailable',
      key: requestKey(corridor),
      message: 'offline',
    });
    expect(failed.session.status).toBe('error');
    expect(failed.session.problem).toEqual({ kind: 'unavailable', message: 'offline' });
    // Still loading the network: the retry says so again.
    const retried = run(failed.session, { type: 'retry' });
    expect(retried.effects.map((e) => e.type)).toEqual(['compute']);
    expect(retried.session.status).toBe('loading');
    const again = run(failed.session, ask(corridor));
    expect(again.effects.map((e) => e.type)).toEqual(['compute']);
    const done = run(retried.session, answer(corridor, ok(5)));
    expect(done.session.status).toBe('shown');
    expect(done.session.problem).toBeNull();
  });

  it('ignores a retry when nothing failed', () => {
    const shown = run(initialSession(false), ask(corridor), answer(corridor, ok(1))).session;
    expect(run(shown, { type: 'retry' }).effects).toEqual([]);
  });

  it('says the same place is at both ends, computes nothing and shows no route', () => {
    const { session, effects } = run(
      initialSession(false),
      ask(corridor),
      answer(corridor, ok(1)),
      ask(request('chennai', 'chennai')),
    );
    expect(session.status).toBe('error');
    expect(session.problem).toEqual({ kind: 'same-place' });
    expect(session.shown).toBeNull();
    expect(effects.filter((e) => e.type === 'compute')).toHaveLength(1);
  });
});
