/**
 * The route planner's messages in English, a catalogue part that loads with the planner's code
 * (src/ui/planner/lazy/words.ts), so that no language's opening page carries them. Compiled like
 * en.ts (scripts/lib/vite-icu.ts); planner-hi.ts and planner-ru.ts have its keys in its order.
 */
export const PLANNER_EN = {
  'planner.result': 'Planned route',
  'planner.title': 'Plan a route',
  'planner.intro':
    'Any two ports, or points at sea, with the straits and canals you choose closed or opened.',
  'planner.passages': 'Passages',
  'planner.compare': 'Compare in one click',
  'planner.compareHint':
    'Each comparison pins its routes side by side; pin your own with “Pin this route”.',
  'planner.method':
    'Lengths follow Eurostat’s SeaRoute lanes (marnet 20 km); days assume a constant speed plus the port and canal allowance, set above with the Routes panel’s.',
  'pin.label':
    '{from} → {to}{hasVia, select, yes { via {via}} other {}}{hasClosed, select, yes {, {closed} closed} other {}}{hasOpen, select, yes {, {open} open} other {}}{hasThrough, select, yes {, through {through}} other {}}{hasDraft, select, yes {, draft {draft}} other {}}{hasMonth, select, yes {, in {month}} other {}}',
  'result.length': 'Length',
  'result.passages': 'Passages',
  'result.none': 'none',
  'result.time': 'Time at {speed}',
  'result.days':
    '{total} ({sea} at sea + {allowance} port and canal allowance per port call, {calls, plural, one {# call} other {# calls}})',
  'result.vsCorridor': 'vs the corridor',
  'result.fuel': 'Fuel (modelled)',
  'result.co2': 'CO₂ (modelled)',
  'result.cost': 'Cost (modelled)',
  'result.perUnit': 'Per {unit} (ship full)',
  'result.perUnitValue': '{fuel} fuel, {co2} CO₂, {cost}',
  'result.corridor':
    'Corridor: Chennai → Vladivostok via Malacca, {km}, {days} at the same speed and allowance.',
  'result.snap':
    'The {end, select, start {start} other {end}} is {km} from the nearest sea lane; that straight leg is included.',
  'result.download': 'Download GeoJSON',
  'status.empty': 'Choose an origin and a destination.',
  'status.loading': 'Loading the sea-lane network…',
  'status.computing': 'Computing the route…',
  'status.shown': 'Route computed: {from} → {to}.',
  'status.nothing': 'No route to compute.',
  'status.failed': 'The route could not be computed.',
  'problem.samePlace':
    'Origin and destination are the same place. Choose another origin or destination.',
  'problem.route': '{reason}{kept, select, yes { The previous route is still shown.} other {}}',
  'problem.unavailable':
    'The route could not be computed: {reason}.{kept, select, yes { The previous route is still shown.} other {}}',
  'problem.load':
    '{file, select, planner_code {the route planner’s code could not be loaded (no connection)} other {the sea-lane network could not be loaded ({kind, select, offline {no connection} http {the server answered {status}} other {the file is damaged}})}}; it is tried again at your next change, or when the connection returns',
  'problem.noRoute':
    'No sea route joins these places with these passages closed ({closed}). Open a passage or change an end.',
  'problem.tooFar':
    'Too far from the sea lanes of the network to route: {ends, select, origin {the origin is} destination {the destination is} other {both ends are}} more than {km} from them. Pick a port, or a point nearer a shipping lane.',
  'problem.invalid': 'This request cannot be routed: {detail}.',
  'ends.from': 'From',
  'ends.to': 'To',
  'ends.fromPlaceholder': 'Port, e.g. Chennai or Madras',
  'ends.toPlaceholder': 'Port, e.g. Vladivostok',
  'ends.pickHint':
    'Click the sea on the map to set the {end, select, from {origin} other {destination}}. Press Escape to cancel.',
  'ends.pick': 'Pick on map',
  'ends.swap': 'Swap ⇅',
  'ends.details': 'Port details',
  'ends.detailsOf': 'Port details: {port}',
  'ends.list': '{end} ports',
  'ends.noMatch': 'No port matches',
  'link.portDropped':
    'The link names a port “{id}” that the World Port Index does not have; it was left out.{count, plural, =0 {} other { Did you mean {nearest}?}}',
  'result.approach':
    'The approach to {port} crosses {km} of land at this map’s resolution: its length there is approximate.',
  'problem.unreachable':
    '{port} cannot be reached: no lane of the sea-lane network lies within 300 km of it. No route is drawn over land.',
  'card.label': 'Port',
  'card.locode': 'UN/LOCODE',
  'card.size': 'Harbour size',
  'card.sizeValue':
    '{size, select, large {Large} medium {Medium} small {Small} very_small {Very small} other {not given}}',
  'card.type': 'Harbour type',
  'card.draft': 'Maximum vessel draft',
  'card.length': 'Maximum vessel length',
  'card.beam': 'Maximum vessel beam',
  'card.ice': 'Ice restricts the entrance.',
  'card.approach':
    'Its approach crosses {km} of land at this map’s resolution: a route to it is approximate.',
  'card.noRoute':
    'No route: no lane of the sea-lane network lies within 300 km of it, and no route is drawn over land.',
  'card.source': 'Source: NGA World Port Index (Pub. 150)',
  'card.from': 'Route from here',
  'card.to': 'Route to here',
  'card.close': 'Close',
  'passage.note':
    '{passage, select, kiel {Canal with size limits; closed by default as in Eurostat SeaRoute.} corinth {Canal too narrow for most merchant ships.} northwest {Seasonal, ice-dependent route.} other {Seasonal, ice-dependent route along the Russian Arctic coast.}}',
  'passages.avoid': 'Avoid',
  'passages.open': 'Open (closed by default)',
  'passages.hint':
    'The Arctic routes depend on seasonal ice; the Kiel and Corinth canals limit ship size.',
  'scenario.title':
    '{id, select, red_sea_closed {Red Sea closed: Mumbai → St Petersburg, Suez vs the Cape} arctic_nsr {Northern Sea Route: Murmansk → Vladivostok, Arctic vs Suez} other {The corridor via Malacca, Sunda or Lombok}}',
  'scenario.description':
    '{id, select, red_sea_closed {The same voyage through Suez, and round Africa with Suez and Bab-el-Mandeb closed.} arctic_nsr {Round Europe, Africa’s horn and Asia through Suez, against the Russian Arctic and the Bering Strait (open only in the ice-free season).} other {Chennai → Vladivostok through the Strait of Malacca, then with it closed (Sunda), then with Sunda closed too (Lombok).}}',
  'pins.title': 'Pinned routes, side by side',
  'pins.pin': 'Pin this route for comparison',
  'pins.refused':
    '{reason, select, no_route {Choose an origin and a destination first.} pinned {This route is pinned.} other {At most 3 routes are pinned; unpin one first.}}',
  'pins.unpinLabel': 'Unpin route {n}',
  'pins.unpin': 'Unpin',
  'pins.error': 'Route {n}: {message}',
  'pins.caption': 'Pinned routes compared: length, passages, days and modelled fuel, CO₂ and cost',
  'pins.km': 'Length (km)',
  'pins.nm': 'Length (nm)',
  'pins.passes': 'Passes',
  'pins.noPassage': 'no named passage',
  'pins.days': 'Days at {speed}',
  'pins.fuel': 'Fuel (t)',
  'pins.co2': 'CO₂ (t)',
  'pins.cost': 'Cost (USD)',
  'pins.computing': 'Computing the pinned routes…',
  'pins.note':
    'Days include {allowance} in port and canals for each port call (a route with stops makes one call per stop and one at the destination). Fuel, CO₂ and cost are <b>modelled estimates</b> for one voyage at the voyage assumptions below (fuel at {price} per tonne; canal dues {dues} per canal transit).',
  'map.along': '{km} ({nm}) from {origin}',
  'stops.title': 'Stops on the way',
  'stops.add': 'Add a stop',
  'stops.placeholder': 'Port, e.g. Colombo',
  'stops.hint':
    'The route calls at each stop in order; the port and canal allowance counts once per call.',
  'stops.full': 'At most {max} stops: remove one to add another.',
  'stops.added': '{name} added as stop {n} of {count}.',
  'stops.removed':
    '{name} removed; {count, plural, =0 {no stops left} one {# stop left} other {# stops left}}.',
  'stops.moved': '{name} moved to stop {n} of {count}.',
  'stops.action':
    '{action, select, up {Move {name} up} down {Move {name} down} other {Remove the stop {name}}}',
  'ship.draft': 'Draft (m)',
  'ship.month': 'Month of the voyage',
  'ship.noMonth': 'No month (no season check)',
  'ship.hint':
    'A draft closes the canals whose published limit is below it; a month closes the Northern Sea Route outside its season for ships without ice class. Empty: no check. No vessel profile carries a draft: none of their sources gives one.',
  'ship.draftProblem':
    '{problem, select, nan {The draft must be a number of metres, e.g. 16 or 15.2.} other {The draft must be between {min} and {max} m.}}',
  'passages.through': 'Go through (forced)',
  'passages.throughHint':
    'The route must pass each ticked passage, in whichever direction is shorter; at most {max}.',
  'passages.conflict':
    '{conflict, select, avoided {{passage} is avoided, so the route cannot be made to go through it: untick “Avoid” first.} unforced {{passage} was to be gone through and is now avoided: avoid wins, so the route no longer has to pass it.} other {At most {max} passages can be forced: untick one first.}}',
  'legs.caption': 'Legs of the voyage (days include {allowance} for the call at each leg’s end)',
  'legs.from': 'From',
  'legs.to': 'To',
  'legs.km': 'Length',
  'legs.days': 'Days',
  'legs.passages': 'Passages',
  'legs.total': 'Total, {count} legs',
  'closed.title': 'Closed for this ship',
  'closed.draft':
    '{id, select, panama {{passage}, Neopanamax locks} other {{passage}}}: {limit}, less than the {draft} draft',
  'closed.season':
    '{passage}: closed in {month} to ships without ice class, allowed {from} to {to} ({rules})',
  'closed.source': 'Source: {source}',
  'closed.caution':
    '{passage} in {month}: allowed to ships without ice class{partly, select, until { only until {date}} from { only from {date}} other {}} ({from} to {to}, {rules}). Those rules also set ice conditions sea area by sea area, which this planner cannot check; Government Decree No. 1487 of 18 September 2020 replaced them, and its admission criteria could not be read.',
  'closed.portDraft':
    '{port}: the World Port Index gives a maximum vessel draft of {max}, less than the {draft} draft (flagged, not refused).',
  'eca.title': 'In Emission Control Areas',
  'eca.inside': '{km} ({share} of the route): {areas}',
  'eca.areaKm': '{area} {km}',
  'eca.area':
    '{id, select, baltic_sea {Baltic Sea} north_sea {North Sea} north_american {North American} us_caribbean {United States Caribbean Sea} other {Mediterranean Sea}}',
  'eca.none': 'none (0 km)',
  'eca.unavailable': 'not measured (the areas are loading, or could not be loaded)',
  'pins.eca': '{km} km ({share} %)',
} as const;

/** Every message of the planner, by key. */
export type PlannerKey = keyof typeof PLANNER_EN;
