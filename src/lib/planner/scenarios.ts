/**
 * Scenarios: one-click comparisons in the route planner, as data (issue #17): each pins two or three routes
 * side by side and shows the last of them. Each one's title is a claim about the routes the
 * engine draws; tests/planner/scenarios.test.ts checks every claim against the engine (e.g. that
 * "round the Cape" really passes south of Africa).
 */
import type { PassageId } from '../routing/passages';
import type { PinnedRoute, Place } from '../url/state';

export const SCENARIO_IDS = ['red-sea-closed', 'arctic-nsr', 'malacca-sunda-lombok'] as const;
export type ScenarioId = (typeof SCENARIO_IDS)[number];

export interface Scenario {
  readonly id: ScenarioId;
  readonly title: string;
  /** One line saying what the comparison sets up. */
  readonly description: string;
  /** The routes pinned, in order (at most MAX_PINS); the planner shows the last. */
  readonly routes: readonly PinnedRoute[];
}

const port = (id: string): Place => ({ kind: 'port', id });

/** A route between two ports of the catalogue (passage lists sorted, as the URL writes them). */
const route = (
  from: string,
  to: string,
  avoid: readonly PassageId[] = [],
  open: readonly PassageId[] = [],
): PinnedRoute => ({ from: port(from), to: port(to), avoid, open });

export const SCENARIOS: Record<ScenarioId, Scenario> = {
  'red-sea-closed': {
    id: 'red-sea-closed',
    title: 'Red Sea closed: Mumbai → St Petersburg, Suez vs the Cape',
    description:
      'The same voyage through Suez, and round Africa with Suez and Bab-el-Mandeb closed.',
    routes: [
      route('mumbai', 'st-petersburg'),
      route('mumbai', 'st-petersburg', ['babelmandeb', 'suez']),
    ],
  },
  'arctic-nsr': {
    id: 'arctic-nsr',
    title: 'Northern Sea Route: Murmansk → Vladivostok, Arctic vs Suez',
    description:
      'Round Europe, Africa’s horn and Asia through Suez, against the Russian Arctic and the ' +
      'Bering Strait (open only in the ice-free season).',
    routes: [route('murmansk', 'vladivostok'), route('murmansk', 'vladivostok', [], ['northeast'])],
  },
  'malacca-sunda-lombok': {
    id: 'malacca-sunda-lombok',
    title: 'The corridor via Malacca, Sunda or Lombok',
    description:
      'Chennai → Vladivostok through the Strait of Malacca, then with it closed (Sunda), then ' +
      'with Sunda closed too (Lombok).',
    routes: [
      route('chennai', 'vladivostok'),
      route('chennai', 'vladivostok', ['malacca']),
      route('chennai', 'vladivostok', ['malacca', 'sunda']),
    ],
  },
};

/** The scenarios in the order the panel shows them. */
export const SCENARIO_LIST: readonly Scenario[] = SCENARIO_IDS.map((id) => SCENARIOS[id]);
