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
  'unit.nm': '{n} nm',
  'unit.days': '{form, select, one {{n} day} other {{n} days}}',
  'unit.kn': '{n} kn',
  'unit.t': '{n} t',
  'unit.usd': '{sign}USD {n}',
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
    '{file, select, basemap {The basemap (land, coastlines, borders and place names)} regions {The Far East regions} other {The sea-lane network}} could not be loaded ({kind, select, offline {no connection} http {the server answered {status}} other {the file is damaged}}).',
  'data.withoutIt':
    '{file, select, basemap {Routes, regions and claims still show over the sea.} regions {The rest of the map works.} other {The route planner needs it; the rest of the atlas works.}}',
  'data.retrying':
    'Loading {file, select, basemap {the basemap (land, coastlines, borders and place names)} regions {the Far East regions} other {the sea-lane network}} again…',
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
    "{source, select, natural_earth {Natural Earth 1:50m (countries via world-atlas; seas, cities)} noto_sans {Noto Sans (via @fontsource/noto-sans)} far_east_regions {Russia's Far East regions: © OpenStreetMap contributors, GIS-Lab (ODbL 1.0)} searoute_marnet {Eurostat SeaRoute / marnet (EUPL-1.2)} other {searoute-py port list (© 2022 Gent Halili)}}",
  'source.use':
    '{source, select, natural_earth {Land, countries, borders, coastlines, sea and city labels} noto_sans {Label and interface text} far_east_regions {Boundaries of the 11 Far East regions and their areas: GIS-Lab’s OpenStreetMap administrative boundaries (2013), via codeforamerica/click_that_hood} searoute_marnet {The sea lanes behind every route and distance (marnet 20 km network)} other {Harbour coordinates of 10 ports missing from Natural Earth (see geo/README.md)}}',
  'source.licence':
    '{source, select, natural_earth {Public domain} noto_sans {SIL Open Font License 1.1} far_east_regions {Open Database License (ODbL) 1.0} searoute_marnet {European Union Public Licence (EUPL) 1.2} other {MIT}}',
  'source.attribution':
    '{source, select, natural_earth {Natural Earth (public domain)} noto_sans {Noto Sans (SIL OFL 1.1)} far_east_regions {© OpenStreetMap contributors, GIS-Lab} searoute_marnet {Eurostat SeaRoute (EUPL-1.2)} other {Ports: searoute-py (MIT)}}',
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
} as const;

/** Every message of the interface, by key. */
export type MessageKey = keyof typeof EN;
