/**
 * The interface's messages in English, the source catalogue (issue #31): ICU MessageFormat,
 * compiled at build time (scripts/lib/vite-icu.ts). hi.ts and ru.ts have the same keys in the
 * same order, so the three read side by side; tests/i18n/catalogues.test.ts checks keys and
 * arguments. Whole sentences only: a sentence takes its numbers and names as arguments
 * ({km}, {from}), already formatted in the language, and its markup as tags (<b>…</b>).
 * Quotations of the article and the report are not here: they stay as published.
 */
export const EN = {
  // Units: {n} is the number as the language writes it; {form} its CLDR plural category as shown
  // (src/lib/i18n/translator.ts pluralForm), for the unit words that change with it.
  'unit.km': '{n} km',
  'unit.nm': '{form, select, other {{n} nm}}',
  'unit.days': '{form, select, one {{n} day} other {{n} days}}',
  'unit.kn': '{n} kn',
  'unit.t': '{n} t',
  'unit.usd': '{sign}USD {n}',
  'unit.m': '{n} m',
  // The page and its frame.
  'page.title': 'Corridor Atlas — Chennai–Vladivostok maritime corridor',
  'page.tagline': 'The Chennai–Vladivostok sea route and the India–Russia claims around it',
  'page.map': 'Map of the sea route from India to Russia’s Far East',
  'page.loadingMap': 'Loading the map…',
  'page.panel': 'Details',
  'page.startFailed':
    'Something went wrong while starting the map. The panels may still work; reloading the page may help.',
  'page.dataUnreadable': 'The atlas’s data could not be read: {reason}',
  'page.cameraClamped':
    'The link’s zoom or tilt is beyond what this map shows; it opened at the nearest.',
  'page.linkProblems': 'Parts of this link were ignored: {problems}',
  'page.mapPartFailed':
    'Part of the map could not be drawn. The rest of the atlas works; reloading the page may help.',
  'page.update': 'A new version is available — reload',
  'page.reload': 'Reload',
  'notice.dismiss': 'Dismiss this message',
  'noWebgl.title': 'The map cannot be drawn in this browser',
  'noWebgl.why':
    'Corridor Atlas draws its map with WebGL, which this browser has turned off or does not support. The routes, figures and claims in the panel still work.',
  'noWebgl.fix':
    'To see the map, enable hardware acceleration (or WebGL) in your browser settings, or open this page in a current version of Firefox, Chrome, Edge or Safari.',
  'tabs.label': 'Panels',
  'tabs.toggle': 'Show or hide the panel',
  'tabs.routes': 'Routes',
  'tabs.claims': 'Claims',
  'tabs.planner': 'Plan a route',
  'tabs.about': 'About',
  'language.current': 'Language: {language}',
  'quote.original': 'Quoted from the English original.',
  // Data files that could not be loaded (src/content/data-files.ts), {file} one of its ids.
  'data.failed':
    '{file, select, basemap {The basemap (land, coastlines, borders and place names)} regions {The Far East regions} world_ports {The World Port Index} other {The sea-lane network}} could not be loaded ({kind, select, offline {no connection} http {the server answered {status}} other {the file is damaged}}).',
  'data.withoutIt':
    '{file, select, basemap {Routes, regions and claims still show over the sea.} regions {The rest of the map works.} world_ports {The planner keeps its 47 ports.} other {The route planner needs it; the rest of the atlas works.}}',
  'data.retrying':
    'Loading {file, select, basemap {the basemap (land, coastlines, borders and place names)} regions {the Far East regions} world_ports {the World Port Index} other {the sea-lane network}} again…',
  'data.retry': 'Retry',
  // MapLibre's own controls.
  'maplibre.map': 'Map',
  'maplibre.zoomIn': 'Zoom in',
  'maplibre.zoomOut': 'Zoom out',
  'maplibre.resetBearing': 'Drag to rotate map, click to reset north',
  'maplibre.toggleAttribution': 'Toggle attribution',
  'maplibre.m': 'm',
  'maplibre.km': 'km',
  'maplibre.nm': 'nm',
  'language.failed':
    'That language could not be loaded (no connection). The atlas stays in the language it is in.',
  // A link's problem in the other languages ({code}: src/lib/url/problems.ts); English keeps the
  // parser's own sentences.
  'url.problem':
    '{key}: {code, select, unknown_id {unknown value, ignored} unknown_key {unknown setting, ignored} out_of_range {out of range, corrected or ignored} malformed {not understood, ignored} duplicate {given more than once; the first is used} too_long {the link is too long; only its start was read} bad_encoding {broken encoding, ignored} unsupported_version {a newer format, read as this one} conflict {also avoided; avoid wins} other {more problems ignored}} {value}.',
  // Citations ({title} stays as published).
  'cite.short': '{publisher}, {date}',
  'cite.article': '<cite>{title}</cite>, {outlet}, {author}, {date}',
  'cite.pti': '{publisher} (PTI), {cite}',
  // The toolbar.
  'toolbar.tour': '<wide>Take the </wide>tour',
  'toolbar.globe': 'Globe',
  'toolbar.globeTitle': 'Show the Earth as a globe (the Arctic and Pacific routes read right)',
  'toolbar.views': 'Views',
  'welcome.line': 'New here? <take>Take the tour</take>: the article’s story in {steps} steps.',
  'welcome.dismiss': 'Dismiss the welcome line',
  // The About tab; the data sources by id (src/content/sources.ts).
  'about.title': 'About this atlas',
  'about.what':
    'Corridor Atlas maps the Chennai–Vladivostok sea route and the India–Russia cooperation claims made in a News18 article of 5–6 December 2021, and checks the article’s distance and time figures against routes computed on a model of the world’s shipping lanes (Eurostat SeaRoute).',
  'about.offline':
    'Everything runs in your browser from data shipped with the page: no map server, no tracking, no request to any other site.',
  'about.data': 'Data and licences',
  'about.source': ' — {use}. Licence: {licence}.',
  'source.name':
    "{source, select, natural_earth {Natural Earth 1:50m (countries via world-atlas; seas, cities)} noto_sans {Noto Sans (via @fontsource/noto-sans)} far_east_regions {Russia's Far East regions: © OpenStreetMap contributors, GIS-Lab (ODbL 1.0)} searoute_marnet {Eurostat SeaRoute / marnet (EUPL-1.2)} nga_wpi {NGA World Port Index (Pub. 150)} other {searoute-py port list (© 2022 Gent Halili)}}",
  'source.use':
    '{source, select, natural_earth {Land, countries, borders, coastlines, sea and city labels} noto_sans {Label and interface text} far_east_regions {Boundaries of the 11 Far East regions and their areas: GIS-Lab’s OpenStreetMap administrative boundaries (2013), via codeforamerica/click_that_hood} searoute_marnet {The sea lanes behind every route and distance (marnet 20 km network)} nga_wpi {Every port beyond the 47 curated ones, and every port’s harbour facts (UN/LOCODE, harbour size and type, maximum vessel draft, length and beam, ice at the entrance)} other {Harbour coordinates of 10 ports missing from Natural Earth (see geo/README.md)}}',
  'source.licence':
    '{source, select, natural_earth {Public domain} noto_sans {SIL Open Font License 1.1} far_east_regions {Open Database License (ODbL) 1.0} searoute_marnet {European Union Public Licence (EUPL) 1.2} nga_wpi {US government work, public domain} other {MIT}}',
  'source.attribution':
    '{source, select, natural_earth {Natural Earth (public domain)} noto_sans {Noto Sans (SIL OFL 1.1)} far_east_regions {© OpenStreetMap contributors, GIS-Lab} searoute_marnet {Eurostat SeaRoute (EUPL-1.2)} nga_wpi {NGA World Port Index} other {Ports: searoute-py (MIT)}}',
  // The guided tour (its steps' own words are content: src/content/i18n/content-*.ts).
  'tour.counter': 'Step {n} of {total}',
  'tour.leave': 'Leave the tour',
  'tour.previous': '← Previous',
  'tour.previousStep': 'Previous step: {title}',
  'tour.previousNone': 'Previous step (this is the first)',
  'tour.steps': 'Steps',
  'tour.dot': 'Step {n}: {title}',
  'tour.next': 'Next →',
  'tour.nextStep': 'Next step: {title}',
  'tour.finish': 'Finish',
  'tour.finishLabel': 'Next: leave the tour',
  'tour.figures.caption': 'The article’s figures and ours (News18)',
  'tour.figures.article': 'Article',
  'tour.figures.computed': 'Computed',
  'voyage.slider': 'Day of the voyage',
  'voyage.day': 'Day {day} of {total}',
  'voyage.pause': 'Pause',
  'voyage.replay': 'Replay',
  'voyage.play': 'Play',
  'voyage.pauseLabel': 'Pause the voyage',
  'voyage.playLabel': 'Play the voyage',
  'voyage.counter': '{route}: {where}',
  'voyage.where':
    '{phase, select, sea {Day {day} · {stretch}} departure {Day {day} · in port, {port}} other {Day {day} · in port, {port}}}',
  'voyage.atSea': 'at sea',
  'voyage.note':
    'At {speed} with {allowance} in port (half at each end), as set in the Routes panel.',
  'route.pair': '{from} → {to}',
  'place.point':
    'Point {lat}° {ns, select, north {N} other {S}}, {lng}° {ew, select, east {E} other {W}}',
  // The figure check (src/lib/analysis/figure-check.ts): {cmp} is less, more or same, {pct} the
  // difference; {closest} the route closest to the published figure.
  'check.model': '{speed} at sea plus {allowance} in port and canals',
  'check.label':
    '{id, select, distance {Route length} days {Shipping time with the corridor} implied_speed {Average speed implied by the article} days_before {Shipping time before the corridor} minister_distance {Route length (Business Standard, 2024)} other {Mumbai–St Petersburg length (Business Standard, 2024)}}',
  'check.explain.distance':
    'Computed along sea lanes, the route via Malacca measures {corridorKm}, {cmp, select, less {{pct} shorter than} more {{pct} longer than} other {the same as}} the published ≈{articleKm}, while the route avoiding Malacca (via Sunda or Lombok) measures {variantKm} ({cmp2, select, less {{pct2} shorter} more {{pct2} longer} other {the same}}), so the published figure is closest to {closest, select, corridor {the route via Malacca} other {the route avoiding Malacca (via Sunda or Lombok)}}.',
  'check.explain.days':
    'At {model}, the computed {corridorNm} route via Malacca takes {total} ({sea} at sea), {cmp, select, less {{pct} less than} more {{pct} more than} other {the same as}} the published roughly {published} days.',
  'check.explain.impliedSpeed':
    'Covering {articleKm} in {days} days means averaging {claimed} door to door, while this model ({model}, over {corridorKm}) averages {modelKnots} door to door, {cmp, select, less {{pct} slower} more {{pct} faster} other {the same}}.',
  'check.explain.daysBefore':
    "The article does not name the route behind its {before} days; Business Standard (PTI, 18 Nov 2024) gives the {comparisonNm} Mumbai–St Petersburg route as today's trade route (around {min} to {max} days; more than {viaEurope} days from India to Far East Russia via Europe), which this model sails in {total} at {model}, {cmp, select, less {{pct} less than} more {{pct} more than} other {the same as}} {before} days — a comparison between different port pairs, not the same voyage made faster.",
  'check.explain.ministerDistance':
    "Business Standard's ≈{ministerNm} ({ministerKm}; the article gives {articleKm}) compare with {corridorNm} computed via Malacca ({cmp, select, less {{pct} shorter} more {{pct} longer} other {the same}}) and {variantNm} avoiding Malacca ({cmp2, select, less {{pct2} shorter} more {{pct2} longer} other {the same}}), so the figure is closest to {closest, select, corridor {the route via Malacca} other {the route avoiding Malacca (via Sunda or Lombok)}}.",
  'check.explain.comparisonDistance':
    "Computed along sea lanes, the Mumbai–St Petersburg route via the Suez Canal, Gibraltar, the English Channel and the Baltic measures {comparisonNm}, {cmp, select, less {{pct} shorter than} more {{pct} longer than} other {the same as}} Business Standard's {published}.",
  // The Routes panel.
  'routes.title': '{from} → {to} by sea',
  'routes.lead':
    'The Chennai–Vladivostok maritime corridor runs from {from} through the {via} to {to}: <b>{km} ({nm})</b> along Eurostat’s modelled sea lanes (the article says about 10,300 km).',
  'routes.stat.shortest': 'Shortest sea-lane path (modelled)',
  'routes.stat.shorter': 'Shorter than Mumbai → St Petersburg via Suez (other ports)',
  'routes.stat.shorterNote': '{km} less than {from} → {to}',
  'routes.stat.days': 'Days less than Mumbai → St Petersburg',
  'routes.stat.daysNote': '{corridor} vs {comparison} at {speed}',
  'routes.table.caption': 'The corridor beside the comparison route',
  'routes.corridor': 'Corridor',
  'routes.comparison': 'Comparison',
  'routes.variant': 'Avoiding Malacca',
  'routes.table.route': 'Route',
  'routes.table.via': 'Via',
  'routes.table.sea': 'Sea distance',
  'routes.table.greatCircle': 'Great circle',
  'routes.table.detour': 'Detour ratio',
  'routes.times': '{n}×',
  'routes.table.atSea': 'At sea, {speed}',
  'routes.table.port': 'Port & canals',
  'routes.table.total': 'Total',
  'routes.saved':
    'The corridor is {km} ({pct}) shorter and, at {speed}, takes {days} ({daysPct}) less.',
  'routes.summary':
    'At {speed} with {allowance} in port and canals: corridor {corridor}, comparison {comparison}, {saved} saved.',
  // A published figure as printed, by its id (src/content/article.ts), and what it is about.
  'check.published':
    '{figure, select, article_distance {around {quantity}} article_days {roughly {quantity}} article_days_before {from {quantity}} bs_corridor_distance {about {quantity}} bs_corridor_days {will come down to {quantity}} bs_via_europe_days {more than {quantity}} bs_comparison_days {around 35 to {quantity}} other {{quantity}}}',
  'figure.about':
    '{figure, select, article_distance {Length of the Chennai–Vladivostok sea route} article_days {Shipping time with the Chennai–Vladivostok route} article_days_before {Shipping time before the route; the article does not say on which route} bs_corridor_distance {Length of the Chennai–Vladivostok sea route} bs_corridor_days {Transport time India–Far East Russia with the corridor} bs_via_europe_days {Current transport time from India to Far East Russia via Europe} bs_comparison_distance {Length of the current Mumbai–St Petersburg trade route} other {Transport time on the Mumbai–St Petersburg route}}',
  'check.derivedFrom': 'derived from {cite}',
  'check.published.head': 'Published',
  'check.computed': 'Computed',
  'check.thisAtlas': 'this atlas',
  'check.difference': 'Difference',
  'check.vsPublished': 'vs published',
  'check.words': '{publisher}’s words',
  'check.about': '{cite}. {about}.',
  'sources.article':
    '{outlet}: “<en>{title}</en>”, by {author}, {dateline}; first published {first}, last updated {updated}. Its only sentence with route numbers:',
  'sources.bs':
    '{publisher}, {date}. A PTI report of Union Minister of Ports, Shipping and Waterways Sarbananda Sonowal announcing that the corridor is operational; the figures are the report’s own sentences, not quotes of the minister.',
  'sources.readReport': 'Read the report',
  'sources.opensSite': ' (opens the publisher’s site).',
  'routes.why':
    "<b>Why {from} → {to}? </b>The article gives the time before the corridor (“from 40 days”) but does not name that route. Reporting the minister's announcement that the corridor is operational, Business Standard (PTI, {cite}; quoted below) set its 24 days against “more than 40” from India to Far East Russia via Europe, and gave Mumbai–St Petersburg as today's trade route. The two routes join different ports.",
  'routes.showComparison': 'Show the comparison route: {from} → {to} via {via}, {length}.',
  'routes.showVariant':
    'Show the route avoiding Malacca: {from} → {to} via the {via}, {length}, {longer} longer than the corridor; {days}',
  'routes.variantDays': '{days} at {speed}.',
  'routes.onMap': 'On the map',
  'routes.legend.corridor': 'Corridor (solid)',
  'routes.legend.comparison': 'Comparison (dashed)',
  'routes.legend.variant': 'Avoiding Malacca (dotted)',
  'routes.worldPorts': 'World Port Index ports: larger harbours first as you zoom in',
  'routes.showEcas': 'Emission Control Areas (MARPOL Annex VI: fuel of at most 0.10 % sulphur)',
  'routes.ecas':
    'Inside Emission Control Areas (fuel of at most 0.10 % sulphur): {aNone, select, yes {none of the corridor’s {aKm}} other {{aEca} of the corridor’s {aKm} ({aShare}: {aAreas})}}, and {bNone, select, yes {none of the comparison route’s {bKm}} other {{bEca} of the comparison route’s {bKm} ({bShare}: {bAreas})}}.',
  'routes.assume.speed': 'Speed is constant at sea: sea days = nautical miles ÷ (knots × 24).',
  'routes.assume.allowance':
    'The allowance is added once per voyage, for port calls and canal transits.',
  'routes.assume.lengths':
    'Lengths: Shortest path on Eurostat SeaRoute marnet 20 km network (EUPL-1.2), WGS84 geodesic lengths, including the port approach and snap legs; default closures: kiel, corinth, northwest, northeast.',
  'routes.assume.greatCircle':
    'Great circle: Turf’s haversine distance between the two ports on a 6,371 km sphere.',
  'routes.assume.detour':
    'Detour ratio = sea distance ÷ great-circle distance (1 would be a straight line).',
  'routes.assume.nm': '1 nautical mile = {km} km exactly.',
  'routes.assume.defaults':
    'The default 14 kn and 2 days are this atlas’s modelling choices, not sourced figures.',
  'routes.assume.ports':
    'Days saved compare voyages between different ports, as the published statements do.',
  'routes.checked': 'The published figures, checked',
  'routes.checkIntro':
    "Each published figure beside the value computed here, at the speed and allowance above. Difference = (computed − published) ÷ published. Sources: the article ({article}) and Business Standard's report (PTI, {bs}).",
  'routes.sources': 'Sources',
  'routes.assumptions': 'Assumptions',
  // Share menu and its dialogs.
  'share.menu': 'Share',
  'share.copied': 'Link copied',
  'share.selectCopy': 'Select and copy the link',
  'share.linkField': 'Link to this view',
  'share.failed': '{title} did not work: {reason}',
  'share.copy': 'Copy link',
  'share.copyWhat': 'A link that reopens exactly this view.',
  'share.embed': 'Embed…',
  'share.embedWhat': 'HTML to put this map in an article or a course page.',
  'share.image': 'Download image',
  'share.imageNoMap': 'Needs the map, which this browser cannot draw (WebGL is off).',
  'share.imageWhat': 'A PNG of this view at twice its size, with legend, scale and sources.',
  'share.print': 'Print',
  'share.printWhat': 'A one-page layout: the map, the text, the sources.',
  'share.data': 'Download data…',
  'share.dataWhat': 'The routes and regions (GeoJSON) and figures (CSV).',
  'share.close': 'Close',
  'embed.title': 'Embed this map',
  'embed.frameTitle': 'Corridor Atlas: {view}',
  'embed.code': 'HTML to embed',
  'embed.size':
    '{size, select, square {Square (600 × 600)} classic {4:3 (800 × 600)} other {Responsive, 16:9}}',
  'embed.copy': 'Copy HTML',
  'embed.copied': 'HTML copied.',
  'embed.selectCopy': 'Select the HTML and copy it.',
  'embed.what':
    'The embed shows this view with a compact legend, the sources, and a link to the full atlas. Its readers can still open the claims.',
  'embed.sizes': 'Size',
  'dataDialog.title': 'Download data',
  'dataDialog.geojson': 'Routes and regions (GeoJSON)',
  'dataDialog.csv': 'Route figures (CSV)',
  'dataDialog.geojsonDone': 'GeoJSON downloaded.',
  'dataDialog.geojsonFailed': 'The GeoJSON could not be made: {reason}.',
  'dataDialog.csvDone': 'CSV downloaded.',
  'dataDialog.what':
    'The same data the map draws. The routes are derived from Eurostat’s SeaRoute network; the regions from OpenStreetMap boundaries: reuse them under their licences, with these attributions.',
  // The Far East regions' list and card.
  'region.area': '{n} km²',
  'region.listTitle': 'Russia’s Far East: {count} regions',
  'region.theArticle': 'The article:',
  'region.listIntro':
    'It does not name their regions. The map shades the {count} subjects of the Far Eastern Federal District.',
  'region.listIntroMap':
    'It does not name their regions. The map shades the {count} subjects of the Far Eastern Federal District; choose one to see it and its card.',
  'region.code': 'ISO 3166-2 code',
  'region.areaHead': 'Area',
  'region.areaSource': 'computed with Turf from OpenStreetMap/GIS-Lab boundaries, 2013',
  'region.why':
    'One of the {count} regions of Russia’s Far Eastern Federal District shown on this map. The article says:',
  'region.noList': 'The article does not list the regions.',
  // The Claims panel, its cards and the claim markers (the claims' own words are content).
  'claims.marker': '{category}: {title}',
  'claims.cluster':
    '{place}: {count, plural, one {# claim} other {# claims}}. {expanded, select, true {Hide them} other {Show them}}',
  'claims.clusterTitle': '{count, plural, one {# claim} other {# claims}} at {place}',
  'claims.legend': 'Claim categories',
  'claims.title': 'Claims in the article',
  'claims.intro':
    'The article makes {count} claims about India–Russia cooperation. Each card gives our summary and the passage it rests on; “Show on map” frames the claim and highlights what it concerns.',
  'claims.filter': 'Show claims by category',
  'claims.all': 'All',
  'claims.group': '{label} ({count})',
  'claims.closed': 'Claim closed.',
  'claims.showing': 'Showing claim: {title}',
  'claims.source': 'Source',
  'claims.article': 'Article',
  'claims.outlet': 'Outlet',
  'claims.author': 'Author',
  'claims.dateline': 'Dateline',
  'claims.firstPublished': 'First published',
  'claims.lastUpdated': 'Last updated',
  'claims.note':
    'Claim summaries are Corridor Atlas’s own words; quoted passages are the article’s, verbatim.',
  'claims.showOnMap': 'Show on map',
  'claims.close': 'Close',
  'claims.shownAt': 'Shown at: ',
  'claims.onMap': 'On the map: ',
  'claims.checkFigures': 'Check the figures',
  'claims.checkIntro':
    'The Routes panel compares the article’s numbers with routes computed on sea lanes:',
  // Voyage assumptions and the cost model's controls, figures and sources.
  'assume.title': 'Voyage assumptions',
  'assume.speed': 'Speed at sea',
  'assume.allowance': 'Port and canal allowance',
  'vessel.name':
    '{vessel, select, container_2000 {Container ship, 2,000 TEU} container_5000 {Container ship, 5,000 TEU} container_8000 {Container ship, 8,000 TEU} bulk_panamax {Bulk carrier, Panamax} other {Oil tanker, Aframax}}',
  'fuel.name':
    '{fuel, select, hfo {Heavy fuel oil (HFO)} lfo {Light fuel oil (LFO)} mgo {Marine gas oil / diesel oil (MGO/MDO)} other {Liquefied natural gas (LNG)}}',
  'vessel.capacity': 'capacity {n} {unit}',
  'vessel.noCapacity': 'no capacity published',
  'vessel.option': '{name} · {speed} design speed · {capacity}',
  'fuel.option': '{name} · {factor} t CO₂/t',
  'vessel.hint': 'Design speed {speed}, where the main engine runs at full power; {capacity}.',
  'cost.reset': 'Reset to published price',
  'cost.duesHint':
    'No canal tariff is assumed: dues are 0 unless you type an amount. They are added once for each canal a route passes through ({canals}), not for straits.',
  'cost.vessel': 'Vessel profile',
  'cost.fuel': 'Fuel',
  'cost.ecaSwitch':
    'Inside an ECA fuel may carry at most 0.10 % sulphur (MARPOL Annex VI, regulation 14.4): without a scrubber the chosen fuel gives way to gas oil there. Fuel, CO₂ and cost above add the two parts:',
  'cost.fuelPart':
    '{where, select, outside {Outside ECAs} other {Inside ECAs}}: {fuel}, {tonnes} at {price} per tonne{cited, select, yes { ({index}, {date})} other {}}, carbon factor {factor} t CO₂ per t: {co2} CO₂, {cost}',
  'cost.oneFuel':
    '{scrubber, select, yes {A scrubber is fitted: the chosen fuel is burned inside ECAs too (MARPOL Annex VI, regulation 4.1, accepts it as an equivalent).} other {The chosen fuel meets the ECAs’ 0.10 % sulphur limit: no switch.}}',
  'cost.scrubber': 'Scrubber fitted (the chosen fuel is burned inside Emission Control Areas too)',
  'cost.price': 'Fuel price (USD per tonne)',
  'cost.dues': 'Canal dues (USD per canal transit)',
  'cost.priceHint':
    'Published price of {fuel}: {price} per tonne, <en>{index}</en>, {date} (<en>{publisher}</en>).{inUse, select, true { In use now.} other {}}',
  'cost.problem':
    '{code, select, price_empty {Enter a fuel price in US dollars per tonne.} price_nan {The fuel price must be a number of US dollars per tonne.} price_low {The fuel price must be more than 0 US dollars per tonne.} price_high {A fuel price above 10,000 US dollars per tonne is refused as a likely typo; bunker prices in the model’s sources are below 3,000.} dues_nan {Canal dues must be a number of US dollars, 0 or more, written without commas.} other {Canal dues above {max} per transit are refused as a likely typo.}}',
  'cost.warning': 'Speed warning: ',
  'cost.warning.low':
    '{speed} is {ratio} of this profile’s design speed ({design}), more than {band} below it, where the cube law behind these figures is least reliable. At such a low engine load the IMO part-load curve puts the main engine’s fuel per kWh {change} {way, select, higher {higher} other {lower}}; the figures leave that out.',
  'cost.warning.high':
    '{speed} is {ratio} of this profile’s design speed ({design}), more than {band} above it. The ship could not reach it on its installed power; the figures extend the cube law far past full power.',
  'cost.aboveDesign': 'Above the design speed: ',
  'cost.aboveDesign.text':
    '{speed} is more than this profile’s design speed ({design}), where its main engine reaches full power; the figures extend the cube law past the installed power.',
  'cost.context':
    'Estimated by a model, not measured: one voyage ({vessel}; {fuel}) at {speed}, with {allowance} in port and canals; fuel at {price} per tonne{published, select, true { (published price)} other {}}, canal dues {dues} per canal transit.',
  'cost.title': 'Fuel, CO₂ and cost: modelled estimates',
  'cost.caption': 'Modelled fuel, CO₂ and cost of one voyage',
  'cost.row.fuel': 'Fuel burned (t)',
  'cost.row.co2': 'CO₂ emitted (t)',
  'cost.row.cost': 'Cost: fuel + dues (USD)',
  'cost.row.fuelPer': 'Fuel per {unit} (t)',
  'cost.row.co2Per': 'CO₂ per {unit} (t)',
  'cost.row.costPer': 'Cost per {unit} (USD)',
  'cost.perUnit':
    'Per {unit}: divided by a capacity of {capacity} {unit}, the ship taken to be full.',
  'cost.noPerUnit': 'No per-unit figures: no capacity published for this profile ({vessel}).',
  'cost.difference':
    'Corridor minus comparison route, modelled: fuel {fuel}, CO₂ {co2}, cost {cost}.',
  'cost.assumptions': 'Assumptions and sources of the fuel, CO₂ and cost figures',
  'cost.formula.sea': 'Sea days = nautical miles ÷ (knots × 24).',
  'cost.formula.fuelSea':
    'Fuel at sea = sea days × main-engine t/day × (speed ÷ design speed)³ + sea days × auxiliary t/day at sea (auxiliary engines and boiler).',
  'cost.formula.fuelPort': 'Fuel in port and canals = allowance days × auxiliary t/day in port.',
  'cost.formula.perDay':
    't/day of an engine group = kW × g/kWh × 24 ÷ 1,000,000; every engine burns the chosen fuel.',
  'cost.formula.co2':
    'CO₂ = fuel × the fuel’s carbon factor (t CO₂ per t fuel): carbon burned on board, without methane slip or upstream emissions.',
  'cost.formula.cost':
    'Cost = fuel × price per tonne + the canal dues you typed, once per canal the route passes through; no charter, port dues or carbon price.',
  'cost.formula.perTeu':
    'Per TEU = each figure ÷ the profile’s capacity, the ship taken to be full (no load factor is sourced).',
  'cost.formula.calm':
    'Calm water: no sea margin is added, and the part-load rise in fuel per kWh is shown beside the speed warning, not applied.',
  'cost.perDay': '{t} t/day',
  'cost.daily':
    '{vessel} burning {fuel}: main engine {main} at its design speed of {speed}; auxiliary engines and boiler {sea} at sea and {port} in port.',
  'cost.capacityNote':
    'Capacity: {teu, select, true {The TEU in EPA’s subtype label, taken as the ship’s capacity; the size range EPA puts behind the label was not read. Per-TEU figures assume the ship is full.} other {No capacity: we found no published representative deadweight for this EPA subtype (EPA’s size range behind the label was not read, and class definitions elsewhere differ), so the profile gives no per-tonne figures.}}',
  'cost.priceNote':
    'Published price: {fuel, select, hfo {MABUX’s 380 HSFO (high-sulphur fuel oil) index stands in for HFO.} lfo {MABUX’s VLSFO (very-low-sulphur fuel oil) index stands in for LFO. The pairing is ours: the IMO table classes fuels by ISO 8217 grade, not by sulphur, and has no VLSFO row.} mgo {MABUX’s MGO (marine gas oil) index.} other {Quoted in USD per metric tonne and applied here per tonne of LNG burned; the article does not say whether the tonne is of LNG or of an oil equivalent.}}',
  'cost.method': 'Method',
  'cost.numbers': 'Numbers',
  'cost.statement':
    '{key, select, cubeLaw {Main-engine power follows the propeller law: power ∝ (speed ÷ reference speed)^n, n = 3 by default, the reference being the service or the maximum speed.} cubeLawImo4 {The Fourth IMO GHG Study’s engine load also scales with (speed ÷ design speed)³ (with draught, weather and fouling terms), capped at 100 %.} partLoadSfc {Specific fuel consumption of a main engine rises at low load by the factor 0.455·L² − 0.710·L + 1.280 (L = engine load, 0–1); auxiliary engines and boilers are taken as load-independent. The model does not apply it (see docs/costs.md).} other {The highest bunker price in the sources read: LNG at Sines (Portugal), 2,575 USD per tonne on 13 December 2021, in the week of the article. The price check refuses prices above about four times that as likely typos.}}',
  'cost.gives': '{list}: ',
  'cost.give':
    '{what, select, design_speed {design speed} main_power {main-engine power} aux_power {auxiliary-engine power} boiler_power {boiler power} capacity {capacity} carbon_factor {carbon factor} carbon_content {carbon content} sfc {fuel per kWh} other {published fuel prices}}',
  'planner.loading': 'Loading the route planner…',
  'planner.loadFailed':
    'The route planner could not be loaded (no connection). It is tried again at your next click, or when the connection returns.',
  // The exported image, the printed sheet and the embed.
  'export.figure':
    '{route}: {km} · {nm} · {days} at {speed}{hasAllowance, select, yes {, including {allowance} allowance} other {}}',
  'export.sources': 'Sources: {list}',
  'legend.corridor': 'Chennai–Vladivostok corridor',
  'legend.comparison': 'Mumbai–St Petersburg via Suez',
  'legend.variant': 'Corridor avoiding Malacca',
  'legend.planned': 'Planned route: {route}',
  'legend.pin': '{n}. {route}',
  'legend.regions': 'Russia’s Far East ({count} regions)',
  'legend.ports': 'Ports',
  'legend.straits': 'Straits and canals',
  'legend.ecas': 'Emission Control Areas',
  'ecaCard.name':
    '{id, select, baltic_sea {Baltic Sea ECA} north_sea {North Sea ECA} north_american {North American ECA} us_caribbean {United States Caribbean Sea ECA} other {Mediterranean Sea ECA}}',
  'ecaCard.limitHead': 'Fuel sulphur limit',
  'ecaCard.limit': 'at most {pct} % m/m',
  'ecaCard.sinceHead': 'In force since',
  'ecaCard.since': '{date}{same, select, yes {} other {; this limit since {from}}}',
  'ecaCard.ruleHead': 'Rule',
  'ecaCard.source': 'Boundary as read in: {title}, {url}',
  'legend.route':
    '{id, select, corridor {Chennai–Vladivostok maritime corridor} comparison {Mumbai–St Petersburg via Suez (existing route)} other {Chennai–Vladivostok avoiding the Strait of Malacca}}',
  'export.noMap': 'the map cannot be drawn in this browser',
  'export.noImage': 'the browser could not encode the image',
  'export.mapAlt': 'Map: {title}',
  'export.noMapPrint': 'The map could not be drawn in this browser (WebGL is off).',
  'export.title': 'Corridor Atlas — {title}',
  'export.planned': 'Planned route: {from} → {to}',
  'export.claim': 'Claim: {title}',
  'export.step': 'Tour, step {n}: {title}',
  'export.plannedRow': '{from} → {to} (planned)',
  'embed.legend': 'Legend',
  'embed.closeClaim': 'Close the claim',
} as const;

/** Every message of the interface, by key. */
export type MessageKey = keyof typeof EN;
