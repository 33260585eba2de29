/**
 * The guided tour (issue #15): the article's story in its own order, as data. Each step has a
 * title, one to three sentences in our words (saying no more than its sources), the verbatim
 * sentence it rests on with its source, and the map state it shows. tests/tour.test.ts checks
 * every quote against the article (or, for the last step, the later report already cited in the
 * Routes panel), that the words a step quotes and the numbers it gives are the source's, and that
 * a step says who said it as its quote does. Figures are never typed here: a step that
 * shows numbers names the computed check (`figures`) and the UI computes them.
 */
import type { ClaimId, LayerId, PresetId } from './ids';
import type { PlaceId } from './places';
import { ARTICLE_SENTENCES, type FigureSourceId } from './article';

/** Which ships sail on a step: the corridor's alone, or the corridor's beside the comparison's. */
export type TourVoyage = 'corridor' | 'comparison';

/** How a step frames the map: a named preset's bounds, or [[west, south], [east, north]]. */
export type TourCamera =
  | { readonly preset: PresetId }
  | { readonly bounds: readonly [readonly [number, number], readonly [number, number]] };

export interface TourStep {
  /** Stable id (for tests and anchors); the URL carries the step's number, `tour=N`. */
  readonly id: string;
  readonly title: string;
  /** One to three sentences in our own words. */
  readonly text: string;
  /** The sentence the step rests on, verbatim, and where it was published. */
  readonly quote: { readonly text: string; readonly source: FigureSourceId };
  readonly camera: TourCamera;
  /** Layers shown on this step. */
  readonly layers: readonly LayerId[];
  /** Claim markers shown on this step (the others are hidden). */
  readonly claims: readonly ClaimId[];
  /** Places ringed on the map. */
  readonly places: readonly PlaceId[];
  /** Far East regions highlighted: all of them, or none. */
  readonly regions: 'all' | 'none';
  readonly voyage?: TourVoyage;
  /** The step shows the article's route figures beside the computed ones. */
  readonly figures?: 'route-check';
}

/** The dateline and the visit: roughly India, as the claims of New Delhi are framed. */
const INDIA: TourCamera = {
  bounds: [
    [68, 6],
    [98, 36],
  ],
};

export const TOUR_STEPS: readonly TourStep[] = [
  {
    id: 'visit',
    title: 'A short visit to India',
    text:
      'Vladimir Putin travels to India on Monday: he lands in the morning and leaves late in the ' +
      'evening, after a dinner hosted by Prime Minister Modi. India is only the second country ' +
      'he has travelled to since the Covid-19 pandemic broke out.',
    quote: {
      text: 'Ahead of Russian President Vladimir Putin’s visit on Monday, India has once again underlined that Moscow will remain its close defence partner.',
      source: 'news18',
    },
    camera: INDIA,
    layers: ['claims'],
    claims: ['putin-visit', 'ministers'],
    places: ['new-delhi'],
    regions: 'none',
  },
  {
    id: 'ak-203',
    title: 'Defence deals: the AK-203 rifle',
    text:
      'Agreements are expected in trade, energy, culture, defence, space and technology. The ' +
      'most important are in defence, such as one to produce AK-203 rifles.',
    quote: {
      text: 'Of these, the crucial ones will be in the defence sector, like the production of AK-203 rifles.',
      source: 'news18',
    },
    camera: INDIA,
    layers: ['claims'],
    claims: ['agreements', 'ak-203'],
    places: ['new-delhi'],
    regions: 'none',
  },
  {
    id: 's-400',
    title: 'The S-400 and the threat of CAATSA',
    text:
      'The United States presses India to buy more of its weapons, and the threat of CAATSA ' +
      'sanctions hangs over India’s purchase of Russia’s S-400 air defence system. Government ' +
      'sources say India will keep its strategic autonomy; the first S-400 deliveries have begun.',
    quote: {
      text: 'Even as the United States builds pressure on India to look at more defence procurements from it, and the threat of CAATSA sanction persists due to the purchase of S-400 air defence missile system from Russia, government sources said that India will continue to exercise its strategic autonomy in defence procurements.',
      source: 'news18',
    },
    camera: INDIA,
    layers: ['claims'],
    claims: ['s-400'],
    places: ['new-delhi'],
    regions: 'none',
  },
  {
    id: 'relos',
    title: 'RELOS: supplies far from home',
    text:
      'A logistics agreement, RELOS, is expected to be signed the same day. Agreements like it ' +
      'give each side’s armed forces access to fuel and provisions when they operate away from ' +
      'home.',
    quote: {
      text: 'The Reciprocal Exchange of Logistics Agreement (RELOS) is also expected to be inked on Monday.',
      source: 'news18',
    },
    camera: INDIA,
    layers: ['claims'],
    claims: ['relos'],
    places: ['new-delhi'],
    regions: 'none',
  },
  {
    id: 'two-plus-two',
    title: 'The first 2+2, and the Quad',
    text:
      'The two countries’ defence and foreign ministers hold their first 2+2 dialogue. Russia ' +
      'becomes the fourth country with which India holds such a dialogue, after its ' +
      'Quad partners, the US, Japan and Australia.',
    quote: {
      text: 'Russia will become the fourth country with which India holds this dialogue, the other three being Quad partners US, Japan and Australia.',
      source: 'news18',
    },
    camera: INDIA,
    layers: ['claims'],
    claims: ['two-plus-two', 'ministers'],
    places: ['new-delhi'],
    regions: 'none',
  },
  {
    id: 'indo-pacific',
    title: 'Indo-Pacific or Asia-Pacific?',
    text:
      'Russia’s embassy announced a discussion on the “Asia-Pacific”. The word shows that the ' +
      'two still disagree about the Indo-Pacific, which Russians see as an American concept.',
    quote: {
      text: 'The term ‘Asia-Pacific’ being used instead of Indo-Pacific once again highlighted the broad disagreement that the two continue to have over the term and the concept of Indo-Pacific.',
      source: 'news18',
    },
    camera: { preset: 'overview' },
    layers: ['claims', 'corridor'],
    claims: ['indo-pacific'],
    places: ['new-delhi'],
    regions: 'none',
  },
  {
    id: 'corridor',
    title: 'Chennai to Vladivostok by sea',
    text:
      'Differences remain, but Indian government sources call the sea route from Chennai to ' +
      'Vladivostok an example of Indian-Russian cooperation in the Indo-Pacific. The ship sails ' +
      'our modelled route at the speed and port allowance set in the Routes panel.',
    quote: {
      text: 'Even though differences remain, government sources said the Chennai-Vladivostok maritime route is an example of Indian-Russian cooperation in the Indo-Pacific.',
      source: 'news18',
    },
    camera: { preset: 'corridor' },
    layers: ['corridor', 'ports'],
    claims: [],
    places: ['chennai', 'vladivostok'],
    regions: 'none',
    voyage: 'corridor',
  },
  {
    id: 'figures',
    title: 'About 10,300 km and 24 days, checked',
    text:
      'The article gives the route as about 10,300 km, cutting shipping time to 24 days from 40. ' +
      'Both ships leave port together: the corridor’s arrives while the other is still at sea, ' +
      'on the Mumbai → St Petersburg route that a 2024 report compared it with. The report ' +
      'names the ports only; the way through the Suez Canal is our own routing.',
    quote: { text: ARTICLE_SENTENCES.route, source: 'news18' },
    camera: { preset: 'comparison' },
    layers: ['corridor', 'comparison', 'ports'],
    claims: [],
    places: [],
    regions: 'none',
    voyage: 'comparison',
    figures: 'route-check',
  },
  {
    id: 'far-east',
    title: 'Russia’s Far East and Vibrant Gujarat',
    text:
      'India is also investing in Russia’s Far East, and has invited 11 of its governors to the ' +
      'Vibrant Gujarat Summit. The map shades the 11 regions of the Far Eastern Federal District.',
    quote: {
      text: 'Interestingly, India has extended invitations to 11 governors of Russia’s Far East for the Vibrant Gujarat Summit.',
      source: 'news18',
    },
    camera: { preset: 'far-east' },
    layers: ['regions', 'corridor', 'claims'],
    claims: ['far-east-investment', 'vibrant-gujarat'],
    places: ['russian-far-east'],
    regions: 'all',
  },
  {
    id: 'investment',
    title: 'From $30 billion to $50 billion',
    text:
      'The two sides had set a target of $30 billion of investment by 2025, mostly in energy. It ' +
      'was met early, and has been raised to $50 billion.',
    quote: {
      text: 'The total investment target of $30 billion from both sides, largely in the energy sector, by the year 2025 has been met in advance and has now been revised to $50 billion.',
      source: 'news18',
    },
    camera: { preset: 'overview' },
    layers: ['claims', 'regions'],
    claims: ['investment-target', 'far-east-investment'],
    places: ['new-delhi', 'russian-far-east'],
    regions: 'none',
  },
  {
    id: 'later',
    title: 'Three years later',
    text:
      'In November 2024 a PTI report in Business Standard said India’s shipping minister had ' +
      'announced the corridor operational. The report puts the time at 24 days, against more ' +
      'than 40 via Europe.',
    quote: {
      text: 'The time taken will come down to 24 days compared to more than 40 that it currently takes to transport goods from India to Far East Russia via Europe.',
      source: 'business-standard',
    },
    camera: { preset: 'corridor' },
    layers: ['corridor', 'ports'],
    claims: ['chennai-vladivostok'],
    places: ['chennai', 'vladivostok'],
    regions: 'none',
  },
];

/** The number of steps: `tour=1` … `tour=TOUR_LENGTH`. */
export const TOUR_LENGTH = TOUR_STEPS.length;
