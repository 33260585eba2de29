/**
 * The route planner's session as a pure state machine: `next(session, event)` returns the new
 * session and the effects the view must carry out (compute a route, frame one). It owns the five
 * statuses (empty, loading, computing, shown, error), drops repeated and outdated requests, and
 * decides when the camera frames a route. The view (src/ui/planner/lazy/planner-view.ts) only renders it.
 */
import type { RouteError, Voyage, VoyageResult } from '../routing/route';
import type { LonLat } from '../routing/ports';
import { requestKey, type PlannerRequest } from './plan';

export type PlannerStatus = 'empty' | 'loading' | 'computing' | 'shown' | 'error';

/** Why the last request shows no new route. */
export type PlannerProblem =
  /** The router answered: no route with these passages, too far from the sea… */
  | { readonly kind: 'route'; readonly error: RouteError }
  /** The router could not be reached: the network or the worker failed to load. */
  | { readonly kind: 'unavailable'; readonly message: string }
  /** Origin and destination are the same place: there is nothing to route. */
  | { readonly kind: 'same-place' };

export interface ShownRoute {
  readonly key: string;
  readonly request: PlannerRequest;
  /** The voyage: its totals, its legs, and the passages its draft or month closed, with why. */
  readonly route: Voyage;
}

export interface PlannerSession {
  readonly status: PlannerStatus;
  /** The request the state asks for (null while an end is missing). */
  readonly wanted: PlannerRequest | null;
  /** Key of the request computed or being computed; null once it failed, so it can be retried. */
  readonly requested: string | null;
  /** The route on screen; it stays while a later request fails. */
  readonly shown: ShownRoute | null;
  readonly problem: PlannerProblem | null;
  /** Whether the network is loaded (the first request says "Loading…", later ones "Computing…"). */
  readonly loaded: boolean;
  /** Whether the next route shown is framed by the camera. */
  readonly frameNext: boolean;
}

export type PlannerEvent =
  /** The state asks for a request (null: an end is missing); `byUser`: a change in the panel. */
  | { readonly type: 'request'; readonly request: PlannerRequest | null; readonly byUser: boolean }
  /** The router answered request `key`. */
  | { readonly type: 'answer'; readonly key: string; readonly result: VoyageResult }
  /** The router could not answer request `key` (network or worker failure). */
  | { readonly type: 'unavailable'; readonly key: string; readonly message: string }
  /** Try a failed request again (the user acted, or the browser came back online). */
  | { readonly type: 'retry' };

export type PlannerEffect =
  | { readonly type: 'compute'; readonly key: string; readonly request: PlannerRequest }
  | { readonly type: 'frame'; readonly coordinates: readonly LonLat[] };

export interface PlannerStep {
  readonly session: PlannerSession;
  readonly effects: readonly PlannerEffect[];
}

/** The session before any request; a link with its own camera (`map=`) is not reframed. */
export function initialSession(cameraFixed: boolean): PlannerSession {
  return {
    status: 'empty',
    wanted: null,
    requested: null,
    shown: null,
    problem: null,
    loaded: false,
    frameNext: !cameraFixed,
  };
}

const samePlace = (r: PlannerRequest) => requestKey({ ...r, to: r.from }) === requestKey(r);

function compute(session: PlannerSession, request: PlannerRequest): PlannerStep {
  const key = requestKey(request);
  return {
    session: {
      ...session,
      wanted: request,
      requested: key,
      status: session.loaded ? 'computing' : 'loading',
    },
    effects: [{ type: 'compute', key, request }],
  };
}

/** The session after an event, and what the view must do. */
export function next(session: PlannerSession, event: PlannerEvent): PlannerStep {
  switch (event.type) {
    case 'request': {
      const frameNext = session.frameNext || event.byUser;
      const { request } = event;
      if (request === null) {
        return {
          session: { ...initialSession(false), loaded: session.loaded, frameNext },
          effects: [],
        };
      }
      if (samePlace(request)) {
        const problem: PlannerProblem = { kind: 'same-place' };
        return {
          session: {
            ...session,
            status: 'error',
            wanted: request,
            requested: null,
            shown: null,
            problem,
            frameNext,
          },
          effects: [],
        };
      }
      // The same request again (a speed change, the panel reopened): nothing to do.
      if (requestKey(request) === session.requested) {
        return { session: { ...session, wanted: request, frameNext }, effects: [] };
      }
      return compute({ ...session, frameNext }, request);
    }
    case 'answer': {
      // An answer to a request the state has moved on from (Back, an edited link) is dropped.
      if (event.key !== session.requested || session.wanted === null) {
        return { session, effects: [] };
      }
      if (!event.result.ok) {
        return {
          session: {
            ...session,
            status: 'error',
            loaded: true,
            problem: { kind: 'route', error: event.result.error },
          },
          effects: [],
        };
      }
      const route = event.result.route;
      const shown: ShownRoute = { key: event.key, request: session.wanted, route };
      return {
        session: {
          ...session,
          status: 'shown',
          loaded: true,
          shown,
          problem: null,
          frameNext: false,
        },
        effects: session.frameNext ? [{ type: 'frame', coordinates: route.coordinates }] : [],
      };
    }
    case 'unavailable': {
      if (event.key !== session.requested) return { session, effects: [] };
      return {
        session: {
          ...session,
          status: 'error',
          requested: null,
          problem: { kind: 'unavailable', message: event.message },
        },
        effects: [],
      };
    }
    case 'retry': {
      const failed = session.problem?.kind === 'unavailable' && session.requested === null;
      if (!failed || session.wanted === null) return { session, effects: [] };
      return compute(session, session.wanted);
    }
  }
}
