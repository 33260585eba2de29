/**
 * The article's claims about India–Russia cooperation, as data (issue #5). Summaries are ours and
 * say no more than the article; each quote is a verbatim passage of it (curly quotes included),
 * checked by tests/claims.test.ts. Where the article does not say where something happens, the
 * claim sits in New Delhi, where the article puts the visit.
 */
import { ARTICLE_SENTENCES } from './article';
import { CLAIM_IDS, type ClaimId } from './ids';
import type { PlaceId } from './places';
import type { Category, CategoryId, Claim, ClaimView } from './claim-types';

/** Legend entries; colours are Okabe–Ito, each at least 3:1 against white. */
export const CATEGORIES: Record<CategoryId, Category> = {
  defence: {
    id: 'defence',
    label: 'Defence',
    colour: '#D55E00',
    symbol: 'shield',
    description: 'Arms, military logistics and defence procurement.',
  },
  connectivity: {
    id: 'connectivity',
    label: 'Connectivity',
    colour: '#0072B2',
    symbol: 'anchor',
    description: 'Sea routes and shipping between India and Russia.',
  },
  'energy-investment': {
    id: 'energy-investment',
    label: 'Energy & investment',
    colour: '#009E73',
    symbol: 'coin',
    description: 'Investment targets, energy projects and the Russian Far East.',
  },
  diplomacy: {
    id: 'diplomacy',
    label: 'Diplomacy',
    // Okabe–Ito black: the palette's reddish purple is under 3:1 on a light basemap.
    colour: '#000000',
    symbol: 'handshake',
    description: 'The visit, ministerial meetings, agreements and differences in outlook.',
  },
};

/** The catalogue's claim type, with place ids checked against PLACES. */
export type CatalogueClaim = Claim<PlaceId>;

// A view choice, not a fact: roughly India, so a New Delhi claim is seen in its country.
const INDIA_VIEW: ClaimView = {
  bounds: [
    [68, 6],
    [98, 36],
  ],
};
const NEW_DELHI = { kind: 'place', id: 'new-delhi' } as const;

export const CLAIMS: Record<ClaimId, CatalogueClaim> = {
  'putin-visit': {
    id: 'putin-visit',
    category: 'diplomacy',
    title: 'Putin’s short visit to India',
    summary:
      'Putin’s visit on Monday 6 December is to be very short: he lands in the morning and leaves ' +
      'late that evening after a dinner hosted by PM Modi. A source says the length does not matter, as ' +
      'India is only his second foreign visit since the Covid-19 pandemic broke out.',
    quote:
      'India is only the second foreign visit of the Russian President since the Covid-19 pandemic broke out',
    places: ['new-delhi'],
    related: [NEW_DELHI],
    view: INDIA_VIEW,
    mapNote: 'The article names India, not a city; the marker sits at New Delhi, its dateline.',
  },
  agreements: {
    id: 'agreements',
    category: 'diplomacy',
    title: 'Agreements expected in six fields',
    summary:
      'Government sources say several key agreements will be signed during the visit, in trade, ' +
      'energy, culture, defence, space and technology.',
    quote:
      'several key agreements will be signed between the two nations during Putin’s visit in the sphere of trade, energy, culture, defence, space and technology',
    places: ['new-delhi'],
    related: [NEW_DELHI],
    view: INDIA_VIEW,
  },
  'ak-203': {
    id: 'ak-203',
    category: 'defence',
    title: 'AK-203 rifle production',
    summary:
      'The most important of the expected agreements are in defence, such as one on the ' +
      'production of AK-203 rifles.',
    quote:
      'Of these, the crucial ones will be in the defence sector, like the production of AK-203 rifles.',
    places: ['new-delhi'],
    related: [NEW_DELHI],
    view: INDIA_VIEW,
  },
  relos: {
    id: 'relos',
    category: 'defence',
    title: 'RELOS logistics agreement',
    summary:
      'The Reciprocal Exchange of Logistics Agreement (RELOS) is expected to be signed on Monday. ' +
      'Agreements of this kind give each side’s armed forces mutual access to fuel and other ' +
      'provisions when they operate away from home.',
    quote:
      'The Reciprocal Exchange of Logistics Agreement (RELOS) is also expected to be inked on Monday.',
    places: ['new-delhi'],
    related: [NEW_DELHI],
    view: INDIA_VIEW,
  },
  's-400': {
    id: 's-400',
    category: 'defence',
    title: 'S-400 and strategic autonomy',
    summary:
      'Despite US pressure to buy more of its weapons and the lingering threat of CAATSA sanctions ' +
      'over India’s purchase of Russia’s S-400 air defence missile system, government sources say ' +
      'India will keep exercising “strategic autonomy” in defence procurement. Deliveries of the ' +
      'S-400 have already begun.',
    quote:
      'government sources said that India will continue to exercise its strategic autonomy in defence procurements',
    places: ['new-delhi'],
    related: [NEW_DELHI],
    view: INDIA_VIEW,
  },
  'two-plus-two': {
    id: 'two-plus-two',
    category: 'diplomacy',
    title: 'First India–Russia 2+2 dialogue',
    summary:
      'The two countries’ defence and foreign ministers hold their first 2+2 dialogue on 6 ' +
      'December. Russia becomes the fourth country with which India holds one, after its Quad ' +
      'partners the US, Japan and Australia.',
    quote:
      'Russia will become the fourth country with which India holds this dialogue, the other three being Quad partners US, Japan and Australia.',
    places: ['new-delhi'],
    related: [NEW_DELHI],
    view: INDIA_VIEW,
  },
  'indo-pacific': {
    id: 'indo-pacific',
    category: 'diplomacy',
    title: 'Differences over Quad and Indo-Pacific',
    summary:
      'Moscow has reservations about the Quad, and Russians see the Indo-Pacific as an American ' +
      'concept; government sources say New Delhi has told Moscow the Quad is issue-based ' +
      'cooperation. Russia’s ' +
      'embassy spoke of the “Asia-Pacific” when announcing the 2+2, a sign of the continuing ' +
      'disagreement over the term.',
    quote:
      'The term ‘Asia-Pacific’ being used instead of Indo-Pacific once again highlighted the broad disagreement that the two continue to have over the term and the concept of Indo-Pacific.',
    places: ['new-delhi'],
    related: [NEW_DELHI],
    view: { preset: 'overview' },
  },
  'chennai-vladivostok': {
    id: 'chennai-vladivostok',
    category: 'connectivity',
    title: 'Chennai–Vladivostok sea route',
    summary:
      'Government sources cite the Chennai–Vladivostok maritime route as Indian–Russian ' +
      'cooperation in the Indo-Pacific; PM Modi signed a Memorandum of Intent on connectivity ' +
      'along it during his 2019 visit to Vladivostok. The article puts the route at about ' +
      '10,300 km, cutting shipping time to roughly 24 days from 40.',
    quote: ARTICLE_SENTENCES.route,
    places: ['vladivostok', 'chennai'],
    related: [
      { kind: 'route', id: 'corridor' },
      { kind: 'place', id: 'chennai' },
      { kind: 'place', id: 'vladivostok' },
    ],
    view: { preset: 'corridor' },
    mapNote:
      'The marker sits in Vladivostok, where the article says the Memorandum was signed; the ' +
      'line is our modelled route, not one the article draws.',
    // The article's three route numbers (10,300 km, 24 days, 40 days) and the speed they imply.
    figureCheck: ['distance', 'days', 'days-before', 'implied-speed'],
  },
  'far-east-investment': {
    id: 'far-east-investment',
    category: 'energy-investment',
    title: 'Indian investment in the Far East',
    summary:
      'India is investing in Russia’s Far East, which the article also counts as cooperation in ' +
      'the Indo-Pacific. Some Far East regions have shown interest in Indian investment in oil and ' +
      'gas projects.',
    quote:
      'Some of Russia’s Far East regions have expressed interest in Indian investment in oil and gas projects.',
    places: ['russian-far-east'],
    related: [
      { kind: 'regions', ids: 'all' },
      { kind: 'place', id: 'russian-far-east' },
    ],
    view: { preset: 'far-east' },
    mapNote:
      'The article names no region, so the map highlights all 11 federal subjects of the Far ' +
      'East layer; the marker is at Khabarovsk only to stand for the region.',
  },
  'vibrant-gujarat': {
    id: 'vibrant-gujarat',
    category: 'energy-investment',
    title: 'Governors invited to Vibrant Gujarat',
    summary: 'India has invited 11 governors of Russia’s Far East to the Vibrant Gujarat Summit.',
    quote:
      'India has extended invitations to 11 governors of Russia’s Far East for the Vibrant Gujarat Summit.',
    places: ['gujarat', 'russian-far-east'],
    related: [
      { kind: 'place', id: 'gujarat' },
      { kind: 'regions', ids: 'all' },
    ],
    view: { preset: 'overview' },
    mapNote:
      'The article does not say which regions the governors lead; the map highlights the 11 ' +
      'federal subjects of its Far East layer. The marker stands for the state of Gujarat, not a ' +
      'venue.',
  },
  'investment-target': {
    id: 'investment-target',
    category: 'energy-investment',
    title: 'Investment target raised to $50 billion',
    summary:
      'A joint investment target of $30 billion by 2025, mostly in energy, has been met early and ' +
      'raised to $50 billion.',
    quote:
      'The total investment target of $30 billion from both sides, largely in the energy sector, by the year 2025 has been met in advance and has now been revised to $50 billion.',
    places: ['new-delhi'],
    related: [NEW_DELHI],
    view: INDIA_VIEW,
  },
  ministers: {
    id: 'ministers',
    category: 'diplomacy',
    title: 'Ministers’ meetings and joint statement',
    summary:
      'Foreign Minister Sergey Lavrov is to meet his counterpart S Jaishankar and Defence Minister ' +
      'General Shoigu to meet Rajnath Singh, and both take part in the 2+2. No joint press ' +
      'statements have been announced, but ' +
      'a joint statement is expected before Putin leaves on Monday evening.',
    quote:
      'a joint statement is expected to be released before President Putin leaves on Monday evening',
    places: ['new-delhi'],
    related: [NEW_DELHI],
    view: INDIA_VIEW,
  },
};

/** All claims in the article's reading order (first mention), which is CLAIM_IDS's order. */
export const CLAIM_LIST: readonly CatalogueClaim[] = CLAIM_IDS.map((id) => CLAIMS[id]);
