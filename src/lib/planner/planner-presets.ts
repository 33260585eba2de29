/**
 * One-click comparisons in the route planner, as data. Each one's title is a claim about the
 * route the engine draws; tests/planner/presets.test.ts checks every claim against the engine
 * (e.g. that "round the Cape" really passes south of Africa).
 */
import type { PassageId } from '../routing/passages';
import type { Place } from '../url/state';

export const PLANNER_PRESET_IDS = ['malacca-closed', 'arctic-nsr', 'red-sea-closed'] as const;
export type PlannerPresetId = (typeof PLANNER_PRESET_IDS)[number];

export interface PlannerPreset {
  readonly id: PlannerPresetId;
  readonly title: string;
  /** One line saying what the comparison sets up. */
  readonly description: string;
  readonly from: Place;
  readonly to: Place;
  readonly avoid: readonly PassageId[];
  readonly open: readonly PassageId[];
}

const port = (id: string): Place => ({ kind: 'port', id });

export const PLANNER_PRESETS: Record<PlannerPresetId, PlannerPreset> = {
  'malacca-closed': {
    id: 'malacca-closed',
    title: 'Chennai → Vladivostok, Malacca closed',
    description: 'The corridor with the Strait of Malacca closed: the route detours by Sunda.',
    from: port('chennai'),
    to: port('vladivostok'),
    avoid: ['malacca'],
    open: [],
  },
  'arctic-nsr': {
    id: 'arctic-nsr',
    title: "India → Russia's Arctic via the Northern Sea Route",
    // With the Red Sea open, the shortest way to Murmansk is still through Suez; with it closed,
    // the way east through Malacca, the Bering Strait and the Arctic beats the Cape.
    description:
      'Chennai → Murmansk with the Red Sea closed and the Northern Sea Route open: east round Asia, ' +
      'through the Bering Strait and along the Russian Arctic.',
    from: port('chennai'),
    to: port('murmansk'),
    avoid: ['babelmandeb', 'suez'],
    open: ['northeast'],
  },
  'red-sea-closed': {
    id: 'red-sea-closed',
    title: 'Red Sea closed: Mumbai → St Petersburg round the Cape',
    description: 'Suez and Bab-el-Mandeb closed: the route to the Baltic goes round Africa.',
    from: port('mumbai'),
    to: port('st-petersburg'),
    avoid: ['babelmandeb', 'suez'],
    open: [],
  },
};

/** The presets in the order the panel shows them. */
export const PLANNER_PRESET_LIST: readonly PlannerPreset[] = PLANNER_PRESET_IDS.map(
  (id) => PLANNER_PRESETS[id],
);
