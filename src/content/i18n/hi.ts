/**
 * The interface's messages in Hindi (issue #31): the keys of en.ts, in its order, so the three
 * read side by side. Names, titles and quotations that stay in English are marked <en>.
 */
import type { MessageKey } from './en';

export const HI = {
  'unit.km': '{n} किमी',
  'unit.nm': '{form, select, other {{n} समुद्री मील}}',
  'unit.days': '{form, select, other {{n} दिन}}',
  'unit.kn': '{n} नॉट',
  'unit.t': '{n} टन',
  'unit.usd': '{sign}USD {n}',
  'unit.m': '{n} मी',
  'page.title': 'Corridor Atlas — चेन्नई–व्लादिवोस्तोक समुद्री गलियारा',
  'page.tagline': 'चेन्नई–व्लादिवोस्तोक समुद्री मार्ग और उससे जुड़े भारत–रूस दावे',
  'page.map': 'भारत से रूस के सुदूर पूर्व तक समुद्री मार्ग का नक्शा',
  'page.loadingMap': 'नक्शा लोड हो रहा है…',
  'page.panel': 'विवरण',
  'page.startFailed':
    'नक्शा शुरू करते समय कुछ गड़बड़ हो गई। पैनल शायद अब भी काम करें; पेज दोबारा लोड करने से मदद मिल सकती है।',
  'page.dataUnreadable': 'एटलस का डेटा पढ़ा नहीं जा सका: {reason}',
  'page.cameraClamped':
    'लिंक का ज़ूम या झुकाव इस नक्शे की सीमा से बाहर है; नक्शा सबसे नज़दीकी संभव दृश्य में खोला गया।',
  'page.linkProblems': 'इस लिंक के कुछ हिस्से छोड़ दिए गए: {problems}',
  'page.mapPartFailed':
    'नक्शे का एक हिस्सा बनाया नहीं जा सका। बाकी एटलस काम करता है; पेज दोबारा लोड करने से मदद मिल सकती है।',
  'page.update': 'नया संस्करण उपलब्ध है — दोबारा लोड करें',
  'page.reload': 'दोबारा लोड करें',
  'notice.dismiss': 'यह संदेश बंद करें',
  'noWebgl.title': 'इस ब्राउज़र में नक्शा नहीं बनाया जा सकता',
  'noWebgl.why':
    'Corridor Atlas अपना नक्शा WebGL से बनाता है, जो इस ब्राउज़र में बंद है या समर्थित नहीं है। पैनल में मार्ग, आँकड़े और दावे अब भी काम करते हैं।',
  'noWebgl.fix':
    'नक्शा देखने के लिए ब्राउज़र की सेटिंग में हार्डवेयर एक्सेलरेशन (या WebGL) चालू करें, या यह पेज Firefox, Chrome, Edge या Safari के किसी मौजूदा संस्करण में खोलें।',
  'tabs.label': 'पैनल',
  'tabs.toggle': 'पैनल दिखाएँ या छिपाएँ',
  'tabs.routes': 'मार्ग',
  'tabs.claims': 'दावे',
  'tabs.planner': 'मार्ग बनाएँ',
  'tabs.about': 'परिचय',
  'language.current': 'भाषा: {language}',
  'quote.original': 'यह उद्धरण मूल अंग्रेज़ी से लिया गया है।',
  'data.failed':
    '{file, select, basemap {आधार नक्शा (ज़मीन, तटरेखाएँ, सीमाएँ और स्थानों के नाम)} regions {सुदूर पूर्व के क्षेत्र} world_ports {विश्व बंदरगाह सूचकांक} other {समुद्री मार्गों का नेटवर्क}} लोड नहीं हो सका ({kind, select, offline {कनेक्शन नहीं है} http {सर्वर ने {status} लौटाया} other {फ़ाइल खराब है}})।',
  'data.withoutIt':
    '{file, select, basemap {मार्ग, क्षेत्र और दावे समुद्र के ऊपर अब भी दिखते हैं।} regions {बाकी नक्शा काम करता है।} world_ports {योजनाकार में उसके 47 बंदरगाह बने रहते हैं।} other {मार्ग योजनाकार को इसकी ज़रूरत है; बाकी एटलस काम करता है।}}',
  'data.retrying':
    '{file, select, basemap {आधार नक्शा (ज़मीन, तटरेखाएँ, सीमाएँ और स्थानों के नाम)} regions {सुदूर पूर्व के क्षेत्र} world_ports {विश्व बंदरगाह सूचकांक} other {समुद्री मार्गों का नेटवर्क}} फिर से लोड हो रहा है…',
  'data.retry': 'फिर कोशिश करें',
  'maplibre.map': 'नक्शा',
  'maplibre.zoomIn': 'ज़ूम इन',
  'maplibre.zoomOut': 'ज़ूम आउट',
  'maplibre.resetBearing': 'नक्शा घुमाने के लिए खींचें, उत्तर दिशा ऊपर लाने के लिए क्लिक करें',
  'maplibre.toggleAttribution': 'स्रोत दिखाएँ या छिपाएँ',
  'maplibre.m': 'मी',
  'maplibre.km': 'किमी',
  'maplibre.nm': 'समुद्री मील',
  'language.failed': 'यह भाषा लोड नहीं हो सकी (कनेक्शन नहीं है)। एटलस उसी भाषा में रहेगा जिसमें वह अभी है।',
  'url.problem':
    '{key}: {code, select, unknown_id {अज्ञात मान, छोड़ दिया गया} unknown_key {अज्ञात सेटिंग, छोड़ दी गई} out_of_range {सीमा से बाहर, ठीक किया गया या छोड़ दिया गया} malformed {समझ में नहीं आया, छोड़ दिया गया} duplicate {एक से ज़्यादा बार दिया गया; पहला माना गया} too_long {लिंक बहुत लंबा है; केवल शुरुआती हिस्सा पढ़ा गया} bad_encoding {एन्कोडिंग गलत है, छोड़ दिया गया} unsupported_version {नया प्रारूप, मौजूदा प्रारूप की तरह पढ़ा गया} conflict {इसे टालने को भी कहा गया है; टालना माना गया} other {बाकी समस्याएँ छोड़ दी गईं}} {value}।',
  'cite.short': '{publisher}, {date}',
  'cite.article': '<cite>{title}</cite>, {outlet}, {author}, {date}',
  'cite.pti': '{publisher} (PTI), {cite}',
  'toolbar.tour': '<wide>गाइडेड </wide>टूर',
  'toolbar.globe': 'ग्लोब',
  'toolbar.globeTitle': 'पृथ्वी को ग्लोब की तरह दिखाएँ (आर्कटिक और प्रशांत मार्ग सही दिखते हैं)',
  'toolbar.views': 'दृश्य',
  'welcome.line': 'पहली बार आए हैं? <take>टूर देखें</take>: लेख की कहानी {steps} चरणों में।',
  'welcome.dismiss': 'स्वागत संदेश बंद करें',
  'about.title': 'इस एटलस के बारे में',
  'about.what':
    'Corridor Atlas चेन्नई–व्लादिवोस्तोक समुद्री मार्ग और 5–6 दिसंबर 2021 के News18 के एक लेख में किए गए भारत–रूस सहयोग के दावों को नक्शे पर दिखाता है, और लेख में दी गई दूरी और समय के आँकड़ों को दुनिया के जहाज़रानी मार्गों के एक मॉडल (Eurostat SeaRoute) पर निकाले गए मार्गों से जाँचता है।',
  'about.offline':
    'सब कुछ आपके ब्राउज़र में, पेज के साथ आए डेटा से चलता है: न कोई मैप सर्वर, न ट्रैकिंग, न किसी दूसरी साइट से कोई अनुरोध।',
  'about.data': 'डेटा और लाइसेंस',
  'about.source': ' — {use}। लाइसेंस: {licence}।',
  'source.name':
    '{source, select, natural_earth {Natural Earth 1:50m (देश world-atlas के ज़रिए; समुद्र, शहर)} noto_sans {Noto Sans (@fontsource/noto-sans के ज़रिए)} far_east_regions {रूस के सुदूर पूर्व के क्षेत्र: © OpenStreetMap योगदानकर्ता, GIS-Lab (ODbL 1.0)} searoute_marnet {Eurostat SeaRoute / marnet (EUPL-1.2)} nga_wpi {NGA World Port Index (Pub. 150)} other {searoute-py बंदरगाह सूची (© 2022 Gent Halili)}}',
  'source.use':
    '{source, select, natural_earth {ज़मीन, देश, सीमाएँ, तटरेखाएँ, समुद्रों और शहरों के नाम} noto_sans {नक्शे के नामों और इंटरफ़ेस का फ़ॉन्ट} far_east_regions {सुदूर पूर्व के 11 क्षेत्रों की सीमाएँ और उनका क्षेत्रफल: GIS-Lab की OpenStreetMap प्रशासनिक सीमाएँ (2013), codeforamerica/click_that_hood के ज़रिए} searoute_marnet {हर मार्ग और दूरी के पीछे के समुद्री मार्ग (marnet 20 किमी नेटवर्क)} nga_wpi {47 चुने हुए बंदरगाहों के अलावा हर बंदरगाह, और हर बंदरगाह के तथ्य (UN/LOCODE, बंदरगाह का आकार और प्रकार, जहाज़ का अधिकतम ड्राफ़्ट, लंबाई और चौड़ाई, प्रवेश पर बर्फ़)} other {Natural Earth में न मिलने वाले 10 बंदरगाहों के निर्देशांक (देखें geo/README.md)}}',
  'source.licence':
    '{source, select, natural_earth {सार्वजनिक डोमेन} noto_sans {SIL Open Font License 1.1} far_east_regions {Open Database License (ODbL) 1.0} searoute_marnet {European Union Public Licence (EUPL) 1.2} nga_wpi {अमेरिकी सरकार की कृति, सार्वजनिक डोमेन} other {MIT}}',
  'source.attribution':
    '{source, select, natural_earth {Natural Earth (सार्वजनिक डोमेन)} noto_sans {Noto Sans (SIL OFL 1.1)} far_east_regions {© OpenStreetMap योगदानकर्ता, GIS-Lab} searoute_marnet {Eurostat SeaRoute (EUPL-1.2)} nga_wpi {NGA World Port Index} other {बंदरगाह: searoute-py (MIT)}}',
  'tour.counter': 'चरण {n} / {total}',
  'tour.leave': 'टूर से बाहर निकलें',
  'tour.previous': '← पिछला',
  'tour.previousStep': 'पिछला चरण: {title}',
  'tour.previousNone': 'पिछला चरण (यह पहला चरण है)',
  'tour.steps': 'चरण',
  'tour.dot': 'चरण {n}: {title}',
  'tour.next': 'अगला →',
  'tour.nextStep': 'अगला चरण: {title}',
  'tour.finish': 'समाप्त',
  'tour.finishLabel': 'आगे: टूर से बाहर निकलें',
  'tour.figures.caption': 'लेख के आँकड़े और हमारे (News18)',
  'tour.figures.article': 'लेख',
  'tour.figures.computed': 'गणना',
  'voyage.slider': 'यात्रा का दिन',
  'voyage.day': 'दिन {day} / {total}',
  'voyage.pause': 'रोकें',
  'voyage.replay': 'फिर चलाएँ',
  'voyage.play': 'चलाएँ',
  'voyage.pauseLabel': 'यात्रा रोकें',
  'voyage.playLabel': 'यात्रा चलाएँ',
  'voyage.counter': '{route}: {where}',
  'voyage.where':
    '{phase, select, sea {दिन {day} · {stretch}} departure {दिन {day} · बंदरगाह में, {port}} other {दिन {day} · बंदरगाह में, {port}}}',
  'voyage.atSea': 'समुद्र में',
  'voyage.note':
    '{speed} की रफ़्तार और बंदरगाहों में {allowance} (आधा-आधा दोनों छोर पर), जैसा मार्ग पैनल में तय है।',
  'route.pair': '{from} → {to}',
  'place.point':
    'बिंदु {lat}° {ns, select, north {उ} other {द}}, {lng}° {ew, select, east {पू} other {प}}',
  'check.model': 'समुद्र में {speed} और बंदरगाहों व नहरों में {allowance}',
  'check.label':
    '{id, select, distance {मार्ग की लंबाई} days {गलियारे से माल पहुँचाने का समय} implied_speed {लेख से निकलने वाली औसत रफ़्तार} days_before {गलियारे से पहले माल पहुँचाने का समय} minister_distance {मार्ग की लंबाई (Business Standard, 2024)} other {मुंबई–सेंट पीटर्सबर्ग मार्ग की लंबाई (Business Standard, 2024)}}',
  'check.explain.distance':
    'समुद्री मार्गों पर गणना करने पर मलक्का होकर जाने वाला मार्ग {corridorKm} का है, जो प्रकाशित ≈{articleKm} से {cmp, select, less {{pct} छोटा} more {{pct} लंबा} other {बराबर}} है, जबकि मलक्का से बचकर (सुंडा या लोम्बोक होकर) जाने वाला मार्ग {variantKm} का है ({cmp2, select, less {{pct2} छोटा} more {{pct2} लंबा} other {बराबर}}); इसलिए प्रकाशित आँकड़ा {closest, select, corridor {मलक्का होकर जाने वाले मार्ग} other {मलक्का से बचकर (सुंडा या लोम्बोक होकर) जाने वाले मार्ग}} के सबसे करीब है।',
  'check.explain.days':
    '{model} पर, मलक्का होकर जाने वाला {corridorNm} का गणना किया गया मार्ग {total} लेता है (समुद्र में {sea}), जो प्रकाशित लगभग {published} दिनों से {cmp, select, less {{pct} कम} more {{pct} ज़्यादा} other {बराबर}} है।',
  'check.explain.impliedSpeed':
    '{days} दिनों में {articleKm} तय करने का मतलब है बंदरगाह से बंदरगाह तक औसतन {claimed}, जबकि यह मॉडल ({model}, {corridorKm} पर) बंदरगाह से बंदरगाह तक औसतन {modelKnots} चलता है, जो {cmp, select, less {{pct} धीमा} more {{pct} तेज़} other {बराबर}} है।',
  'check.explain.daysBefore':
    'लेख अपने {before} दिनों के पीछे का मार्ग नहीं बताता; Business Standard (PTI, 18 नवंबर 2024) {comparisonNm} के मुंबई–सेंट पीटर्सबर्ग मार्ग को आज का व्यापार मार्ग बताता है (लगभग {min} से {max} दिन; भारत से यूरोप होकर रूस के सुदूर पूर्व तक {viaEurope} दिन से ज़्यादा), जिसे यह मॉडल {model} पर {total} में तय करता है, जो {before} दिनों से {cmp, select, less {{pct} कम} more {{pct} ज़्यादा} other {बराबर}} है — यह अलग-अलग बंदरगाहों के बीच की तुलना है, उसी यात्रा के तेज़ होने की नहीं।',
  'check.explain.ministerDistance':
    'Business Standard के ≈{ministerNm} ({ministerKm}; लेख {articleKm} बताता है) की तुलना मलक्का होकर गणना किए गए {corridorNm} ({cmp, select, less {{pct} छोटा} more {{pct} लंबा} other {बराबर}}) और मलक्का से बचकर {variantNm} ({cmp2, select, less {{pct2} छोटा} more {{pct2} लंबा} other {बराबर}}) से होती है; इसलिए यह आँकड़ा {closest, select, corridor {मलक्का होकर जाने वाले मार्ग} other {मलक्का से बचकर (सुंडा या लोम्बोक होकर) जाने वाले मार्ग}} के सबसे करीब है।',
  'check.explain.comparisonDistance':
    'समुद्री मार्गों पर गणना करने पर स्वेज़ नहर, जिब्राल्टर, इंग्लिश चैनल और बाल्टिक होकर जाने वाला मुंबई–सेंट पीटर्सबर्ग मार्ग {comparisonNm} का है, जो Business Standard के {published} से {cmp, select, less {{pct} छोटा} more {{pct} लंबा} other {बराबर}} है।',
  'routes.title': 'समुद्र के रास्ते {from} → {to}',
  'routes.lead':
    'चेन्नई–व्लादिवोस्तोक समुद्री गलियारा {from} से {via} होकर {to} तक जाता है: Eurostat के मॉडल किए गए समुद्री मार्गों पर <b>{km} ({nm})</b> (लेख के अनुसार लगभग 10,300 किमी)।',
  'routes.stat.shortest': 'समुद्री मार्गों पर सबसे छोटा रास्ता (मॉडल)',
  'routes.stat.shorter': 'स्वेज़ होकर मुंबई → सेंट पीटर्सबर्ग से छोटा (अलग बंदरगाह)',
  'routes.stat.shorterNote': '{from} → {to} से {km} कम',
  'routes.stat.days': 'मुंबई → सेंट पीटर्सबर्ग से इतने दिन कम',
  'routes.stat.daysNote': '{speed} पर {corridor} बनाम {comparison}',
  'routes.table.caption': 'गलियारा और तुलना वाला मार्ग साथ-साथ',
  'routes.corridor': 'गलियारा',
  'routes.comparison': 'तुलना',
  'routes.variant': 'मलक्का से बचकर',
  'routes.table.route': 'मार्ग',
  'routes.table.via': 'होकर',
  'routes.table.sea': 'समुद्री दूरी',
  'routes.table.greatCircle': 'वृहत् वृत्त दूरी',
  'routes.table.detour': 'घुमाव अनुपात',
  'routes.times': '{n}×',
  'routes.table.atSea': 'समुद्र में, {speed}',
  'routes.table.port': 'बंदरगाह और नहरें',
  'routes.table.total': 'कुल',
  'routes.saved': 'गलियारा {km} ({pct}) छोटा है और {speed} पर {days} ({daysPct}) कम समय लेता है।',
  'routes.summary':
    '{speed} पर, बंदरगाहों और नहरों में {allowance} के साथ: गलियारा {corridor}, तुलना वाला मार्ग {comparison}, {saved} की बचत।',
  'check.published':
    '{figure, select, article_distance {लगभग {quantity}} article_days {करीब {quantity}} article_days_before {{quantity} से} bs_corridor_distance {लगभग {quantity}} bs_corridor_days {घटकर {quantity}} bs_via_europe_days {{quantity} से ज़्यादा} bs_comparison_days {लगभग 35 से {quantity}} other {{quantity}}}',
  'figure.about':
    '{figure, select, article_distance {चेन्नई–व्लादिवोस्तोक समुद्री मार्ग की लंबाई} article_days {चेन्नई–व्लादिवोस्तोक मार्ग से माल पहुँचाने का समय} article_days_before {इस मार्ग से पहले माल पहुँचाने का समय; लेख यह नहीं बताता कि किस मार्ग पर} bs_corridor_distance {चेन्नई–व्लादिवोस्तोक समुद्री मार्ग की लंबाई} bs_corridor_days {गलियारे से भारत–रूस के सुदूर पूर्व तक माल पहुँचाने का समय} bs_via_europe_days {भारत से यूरोप होकर रूस के सुदूर पूर्व तक अभी माल पहुँचाने का समय} bs_comparison_distance {मौजूदा मुंबई–सेंट पीटर्सबर्ग व्यापार मार्ग की लंबाई} other {मुंबई–सेंट पीटर्सबर्ग मार्ग पर माल पहुँचाने का समय}}',
  'check.derivedFrom': '{cite} से निकाला गया',
  'check.published.head': 'प्रकाशित',
  'check.computed': 'गणना',
  'check.thisAtlas': 'यह एटलस',
  'check.difference': 'अंतर',
  'check.vsPublished': 'प्रकाशित की तुलना में',
  'check.words': '{publisher} के शब्द',
  'check.about': '{cite}। {about}।',
  'sources.article':
    '{outlet}: “<en>{title}</en>”, लेखक {author}, {dateline}; पहली बार प्रकाशित {first}, अंतिम अपडेट {updated}। मार्ग के आँकड़ों वाला इसका एकमात्र वाक्य:',
  'sources.bs':
    '{publisher}, {date}। PTI की एक रिपोर्ट, जिसमें केंद्रीय बंदरगाह, जहाज़रानी और जलमार्ग मंत्री सर्बानंद सोनोवाल ने गलियारे के चालू होने की घोषणा की; आँकड़े रिपोर्ट के अपने वाक्य हैं, मंत्री के उद्धरण नहीं।',
  'sources.readReport': 'रिपोर्ट पढ़ें',
  'sources.opensSite': ' (प्रकाशक की साइट खुलती है)।',
  'routes.why':
    '<b>{from} → {to} क्यों? </b>लेख गलियारे से पहले का समय (“<en>from 40 days</en>”) बताता है, पर उस मार्ग का नाम नहीं लेता। गलियारे के चालू होने की मंत्री की घोषणा की खबर देते हुए Business Standard (PTI, {cite}; नीचे उद्धृत) ने इसके 24 दिनों की तुलना भारत से यूरोप होकर रूस के सुदूर पूर्व तक के “<en>more than 40</en>” दिनों से की, और मुंबई–सेंट पीटर्सबर्ग को आज का व्यापार मार्ग बताया। दोनों मार्ग अलग-अलग बंदरगाहों को जोड़ते हैं।',
  'routes.showComparison': 'तुलना वाला मार्ग दिखाएँ: {from} → {to}, {via} होकर, {length}।',
  'routes.showVariant':
    'मलक्का से बचकर जाने वाला मार्ग दिखाएँ: {from} → {to}, {via} होकर, {length}, गलियारे से {longer} लंबा; {days}',
  'routes.variantDays': '{speed} पर {days}।',
  'routes.onMap': 'नक्शे पर',
  'routes.legend.corridor': 'गलियारा (पूरी रेखा)',
  'routes.legend.comparison': 'तुलना (डैश वाली रेखा)',
  'routes.legend.variant': 'मलक्का से बचकर (बिंदु वाली रेखा)',
  'routes.worldPorts': 'विश्व बंदरगाह सूचकांक के बंदरगाह: ज़ूम इन करने पर पहले बड़े बंदरगाह',
  'routes.showEcas': 'उत्सर्जन नियंत्रण क्षेत्र (MARPOL अनुलग्नक VI: ज़्यादा से ज़्यादा 0.10 % गंधक वाला ईंधन)',
  'routes.ecas':
    'उत्सर्जन नियंत्रण क्षेत्रों (ज़्यादा से ज़्यादा 0.10 % गंधक वाला ईंधन) के अंदर: {aNone, select, yes {गलियारे के {aKm} में से कुछ नहीं} other {गलियारे के {aKm} में से {aEca} ({aShare}: {aAreas})}}, और {bNone, select, yes {तुलना वाले मार्ग के {bKm} में से कुछ नहीं} other {तुलना वाले मार्ग के {bKm} में से {bEca} ({bShare}: {bAreas})}}।',
  'routes.assume.speed': 'समुद्र में रफ़्तार स्थिर है: समुद्र में दिन = समुद्री मील ÷ (नॉट × 24)।',
  'routes.assume.allowance':
    'अतिरिक्त समय हर यात्रा में एक बार जोड़ा जाता है, बंदरगाहों पर रुकने और नहरें पार करने के लिए।',
  'routes.assume.lengths':
    'लंबाई: Eurostat SeaRoute marnet 20 किमी नेटवर्क (EUPL-1.2) पर सबसे छोटा रास्ता, WGS84 जियोडेसिक लंबाई, बंदरगाह तक पहुँचने और नेटवर्क से जुड़ने वाले हिस्सों समेत; पहले से बंद: कील नहर, कोरिंथ नहर, उत्तर-पश्चिमी मार्ग, उत्तरी समुद्री मार्ग।',
  'routes.assume.greatCircle':
    'वृहत् वृत्त: 6,371 किमी त्रिज्या वाले गोले पर दोनों बंदरगाहों के बीच Turf की हैवरसाइन दूरी।',
  'routes.assume.detour': 'घुमाव अनुपात = समुद्री दूरी ÷ वृहत् वृत्त दूरी (1 का मतलब सीधी रेखा)।',
  'routes.assume.nm': '1 समुद्री मील = ठीक {km} किमी।',
  'routes.assume.defaults':
    'पहले से तय 14 नॉट और 2 दिन इस एटलस के मॉडल के अपने चुनाव हैं, किसी स्रोत के आँकड़े नहीं।',
  'routes.assume.ports':
    'बचे हुए दिनों की तुलना अलग-अलग बंदरगाहों के बीच की यात्राओं की है, जैसा प्रकाशित बयानों में है।',
  'routes.checked': 'प्रकाशित आँकड़ों की जाँच',
  'routes.checkIntro':
    'हर प्रकाशित आँकड़ा यहाँ निकाले गए मान के साथ, ऊपर तय रफ़्तार और अतिरिक्त समय पर। अंतर = (गणना − प्रकाशित) ÷ प्रकाशित। स्रोत: लेख ({article}) और Business Standard की रिपोर्ट (PTI, {bs})।',
  'routes.sources': 'स्रोत',
  'routes.assumptions': 'मान्यताएँ',
  'share.menu': 'शेयर करें',
  'share.copied': 'लिंक कॉपी हो गया',
  'share.selectCopy': 'लिंक चुनकर कॉपी करें',
  'share.linkField': 'इस दृश्य का लिंक',
  'share.failed': '{title} नहीं हो सका: {reason}',
  'share.copy': 'लिंक कॉपी करें',
  'share.copyWhat': 'ऐसा लिंक जो ठीक यही दृश्य फिर से खोलता है।',
  'share.embed': 'एम्बेड करें…',
  'share.embedWhat': 'इस नक्शे को किसी लेख या कोर्स के पेज में लगाने के लिए HTML।',
  'share.image': 'तस्वीर डाउनलोड करें',
  'share.imageNoMap': 'इसके लिए नक्शा चाहिए, जो यह ब्राउज़र नहीं बना सकता (WebGL बंद है)।',
  'share.imageWhat': 'इस दृश्य का दोगुने आकार का PNG, लेजेंड, स्केल और स्रोतों के साथ।',
  'share.print': 'प्रिंट करें',
  'share.printWhat': 'एक पेज का लेआउट: नक्शा, पाठ, स्रोत।',
  'share.data': 'डेटा डाउनलोड करें…',
  'share.dataWhat': 'मार्ग और क्षेत्र (GeoJSON) और आँकड़े (CSV)।',
  'share.close': 'बंद करें',
  'embed.title': 'यह नक्शा एम्बेड करें',
  'embed.frameTitle': 'Corridor Atlas: {view}',
  'embed.code': 'एम्बेड करने का HTML',
  'embed.size':
    '{size, select, square {वर्गाकार (600 × 600)} classic {4:3 (800 × 600)} other {रिस्पॉन्सिव, 16:9}}',
  'embed.copy': 'HTML कॉपी करें',
  'embed.copied': 'HTML कॉपी हो गया।',
  'embed.selectCopy': 'HTML चुनकर कॉपी करें।',
  'embed.what':
    'एम्बेड किया गया नक्शा यह दृश्य छोटे लेजेंड, स्रोतों और पूरे एटलस के लिंक के साथ दिखाता है। उसके पाठक दावे भी खोल सकते हैं।',
  'embed.sizes': 'आकार',
  'dataDialog.title': 'डेटा डाउनलोड करें',
  'dataDialog.geojson': 'मार्ग और क्षेत्र (GeoJSON)',
  'dataDialog.csv': 'मार्गों के आँकड़े (CSV)',
  'dataDialog.geojsonDone': 'GeoJSON डाउनलोड हो गया।',
  'dataDialog.geojsonFailed': 'GeoJSON नहीं बन सका: {reason}।',
  'dataDialog.csvDone': 'CSV डाउनलोड हो गया।',
  'dataDialog.what':
    'वही डेटा जो नक्शा बनाता है। मार्ग Eurostat के SeaRoute नेटवर्क से और क्षेत्र OpenStreetMap की सीमाओं से निकाले गए हैं: इन्हें इनके लाइसेंस के तहत, इन श्रेय-पंक्तियों के साथ दोबारा इस्तेमाल करें।',
  'region.area': '{n} वर्ग किमी',
  'region.listTitle': 'रूस का सुदूर पूर्व: {count} क्षेत्र',
  'region.theArticle': 'लेख:',
  'region.listIntro':
    'लेख उनके क्षेत्रों के नाम नहीं बताता। नक्शा सुदूर पूर्वी संघीय ज़िले के {count} संघीय इकाइयों को रंग से दिखाता है।',
  'region.listIntroMap':
    'लेख उनके क्षेत्रों के नाम नहीं बताता। नक्शा सुदूर पूर्वी संघीय ज़िले के {count} संघीय इकाइयों को रंग से दिखाता है; किसी एक को चुनकर उसे और उसका कार्ड देखें।',
  'region.code': 'ISO 3166-2 कोड',
  'region.areaHead': 'क्षेत्रफल',
  'region.areaSource': 'OpenStreetMap/GIS-Lab की 2013 की सीमाओं से Turf द्वारा गणना',
  'region.why': 'इस नक्शे पर दिखाए गए रूस के सुदूर पूर्वी संघीय ज़िले के {count} क्षेत्रों में से एक। लेख कहता है:',
  'region.noList': 'लेख क्षेत्रों की सूची नहीं देता।',
  'claims.marker': '{category}: {title}',
  'claims.cluster':
    '{place}: {count, plural, one {# दावा} other {# दावे}}। {expanded, select, true {इन्हें छिपाएँ} other {इन्हें दिखाएँ}}',
  'claims.clusterTitle': '{place} पर {count, plural, one {# दावा} other {# दावे}}',
  'claims.legend': 'दावों की श्रेणियाँ',
  'claims.title': 'लेख में किए गए दावे',
  'claims.intro':
    'लेख भारत–रूस सहयोग के बारे में {count} दावे करता है। हर कार्ड में हमारा सार और वह अंश है जिस पर यह आधारित है; “नक्शे पर दिखाएँ” दावे को नक्शे पर दिखाता है और उससे जुड़ी चीज़ों को हाइलाइट करता है।',
  'claims.filter': 'श्रेणी के अनुसार दावे दिखाएँ',
  'claims.all': 'सभी',
  'claims.group': '{label} ({count})',
  'claims.closed': 'दावा बंद किया गया।',
  'claims.showing': 'दिखाया जा रहा दावा: {title}',
  'claims.source': 'स्रोत',
  'claims.article': 'लेख',
  'claims.outlet': 'प्रकाशन',
  'claims.author': 'लेखक',
  'claims.dateline': 'डेटलाइन',
  'claims.firstPublished': 'पहली बार प्रकाशित',
  'claims.lastUpdated': 'अंतिम अपडेट',
  'claims.note': 'दावों के सार Corridor Atlas के अपने शब्द हैं; उद्धृत अंश लेख के ज्यों-के-त्यों शब्द हैं।',
  'claims.showOnMap': 'नक्शे पर दिखाएँ',
  'claims.close': 'बंद करें',
  'claims.shownAt': 'नक्शे पर स्थान: ',
  'claims.onMap': 'नक्शे पर: ',
  'claims.checkFigures': 'आँकड़े जाँचें',
  'claims.checkIntro': 'मार्ग पैनल लेख की संख्याओं की तुलना समुद्री मार्गों पर निकाले गए मार्गों से करता है:',
  'assume.title': 'यात्रा की मान्यताएँ',
  'assume.speed': 'समुद्र में रफ़्तार',
  'assume.allowance': 'बंदरगाहों और नहरों के लिए अतिरिक्त समय',
  'vessel.name':
    '{vessel, select, container_2000 {कंटेनर जहाज़, 2,000 TEU} container_5000 {कंटेनर जहाज़, 5,000 TEU} container_8000 {कंटेनर जहाज़, 8,000 TEU} bulk_panamax {बल्क कैरियर, Panamax} other {तेल टैंकर, Aframax}}',
  'fuel.name':
    '{fuel, select, hfo {भारी ईंधन तेल (HFO)} lfo {हल्का ईंधन तेल (LFO)} mgo {समुद्री गैस ऑयल / डीज़ल (MGO/MDO)} other {तरलीकृत प्राकृतिक गैस (LNG)}}',
  'vessel.capacity': 'क्षमता {n} {unit}',
  'vessel.noCapacity': 'क्षमता प्रकाशित नहीं',
  'vessel.option': '{name} · डिज़ाइन रफ़्तार {speed} · {capacity}',
  'fuel.option': '{name} · {factor} टन CO₂/टन',
  'vessel.hint': 'डिज़ाइन रफ़्तार {speed}, जिस पर मुख्य इंजन पूरी शक्ति पर चलता है; {capacity}।',
  'cost.reset': 'प्रकाशित कीमत पर लौटें',
  'cost.duesHint':
    'नहर का कोई शुल्क पहले से नहीं माना गया है: जब तक आप कोई राशि न लिखें, शुल्क 0 है। यह मार्ग पर पड़ने वाली हर नहर ({canals}) के लिए एक बार जोड़ा जाता है, जलडमरूमध्यों के लिए नहीं।',
  'cost.vessel': 'जहाज़ की प्रोफ़ाइल',
  'cost.fuel': 'ईंधन',
  'cost.ecaSwitch':
    'ECA के अंदर ईंधन में ज़्यादा से ज़्यादा 0.10 % गंधक हो सकता है (MARPOL अनुलग्नक VI, विनियम 14.4): स्क्रबर के बिना वहाँ चुने गए ईंधन की जगह गैस ऑयल जलता है। ऊपर के ईंधन, CO₂ और लागत दोनों हिस्सों का जोड़ हैं:',
  'cost.fuelPart':
    '{where, select, outside {ECA के बाहर} other {ECA के अंदर}}: {fuel}, {tonnes}, {price} प्रति टन{cited, select, yes { ({index}, {date})} other {}}, कार्बन गुणांक {factor} टन CO₂ प्रति टन: {co2} CO₂, {cost}',
  'cost.oneFuel':
    '{scrubber, select, yes {स्क्रबर लगा है: ECA के अंदर भी चुना गया ईंधन जलता है (MARPOL अनुलग्नक VI का विनियम 4.1 इसे समकक्ष मानता है)।} other {चुना गया ईंधन ECA की 0.10 % गंधक सीमा पूरी करता है: ईंधन नहीं बदलता।}}',
  'cost.scrubber': 'स्क्रबर लगा है (उत्सर्जन नियंत्रण क्षेत्रों के अंदर भी चुना गया ईंधन जलता है)',
  'cost.price': 'ईंधन की कीमत (USD प्रति टन)',
  'cost.dues': 'नहर शुल्क (USD प्रति नहर पारगमन)',
  'cost.priceHint':
    '{fuel} की प्रकाशित कीमत: {price} प्रति टन, <en>{index}</en>, {date} (<en>{publisher}</en>)।{inUse, select, true { अभी यही इस्तेमाल हो रही है।} other {}}',
  'cost.problem':
    '{code, select, price_empty {ईंधन की कीमत अमेरिकी डॉलर प्रति टन में लिखें।} price_nan {ईंधन की कीमत अमेरिकी डॉलर प्रति टन की कोई संख्या होनी चाहिए।} price_low {ईंधन की कीमत 0 अमेरिकी डॉलर प्रति टन से ज़्यादा होनी चाहिए।} price_high {10,000 अमेरिकी डॉलर प्रति टन से ज़्यादा की ईंधन कीमत संभावित टाइपिंग भूल मानकर अस्वीकार की जाती है; मॉडल के स्रोतों में बंकर ईंधन की कीमतें 3,000 से कम हैं।} dues_nan {नहर शुल्क अमेरिकी डॉलर की कोई संख्या होना चाहिए, 0 या ज़्यादा, बिना कॉमा के।} other {प्रति पारगमन {max} से ज़्यादा नहर शुल्क संभावित टाइपिंग भूल मानकर अस्वीकार किया जाता है।}}',
  'cost.warning': 'रफ़्तार की चेतावनी: ',
  'cost.warning.low':
    '{speed} इस प्रोफ़ाइल की डिज़ाइन रफ़्तार ({design}) का {ratio} है, उससे {band} से ज़्यादा कम, जहाँ इन आँकड़ों के पीछे का घन नियम सबसे कम भरोसेमंद है। इंजन पर इतने कम भार पर IMO का आंशिक-भार वक्र मुख्य इंजन की प्रति kWh ईंधन खपत {change} {way, select, higher {ज़्यादा} other {कम}} बताता है; आँकड़े इसे शामिल नहीं करते।',
  'cost.warning.high':
    '{speed} इस प्रोफ़ाइल की डिज़ाइन रफ़्तार ({design}) का {ratio} है, उससे {band} से ज़्यादा ऊपर। जहाज़ अपनी स्थापित शक्ति पर यह रफ़्तार नहीं पकड़ सकता; आँकड़े घन नियम को पूरी शक्ति से बहुत आगे तक खींचते हैं।',
  'cost.aboveDesign': 'डिज़ाइन रफ़्तार से ऊपर: ',
  'cost.aboveDesign.text':
    '{speed} इस प्रोफ़ाइल की डिज़ाइन रफ़्तार ({design}) से ज़्यादा है, जिस पर इसका मुख्य इंजन पूरी शक्ति पर पहुँचता है; आँकड़े घन नियम को स्थापित शक्ति से आगे तक खींचते हैं।',
  'cost.context':
    'मॉडल से अनुमानित, मापा हुआ नहीं: एक यात्रा ({vessel}; {fuel}) {speed} पर, बंदरगाहों और नहरों में {allowance} के साथ; ईंधन {price} प्रति टन{published, select, true { (प्रकाशित कीमत)} other {}}, नहर शुल्क {dues} प्रति नहर पारगमन।',
  'cost.title': 'ईंधन, CO₂ और लागत: मॉडल के अनुमान',
  'cost.caption': 'एक यात्रा का मॉडल किया गया ईंधन, CO₂ और लागत',
  'cost.row.fuel': 'जला ईंधन (टन)',
  'cost.row.co2': 'उत्सर्जित CO₂ (टन)',
  'cost.row.cost': 'लागत: ईंधन + शुल्क (USD)',
  'cost.row.fuelPer': 'प्रति {unit} ईंधन (टन)',
  'cost.row.co2Per': 'प्रति {unit} CO₂ (टन)',
  'cost.row.costPer': 'प्रति {unit} लागत (USD)',
  'cost.perUnit': 'प्रति {unit}: {capacity} {unit} की क्षमता से भाग देकर, जहाज़ को पूरा भरा मानकर।',
  'cost.noPerUnit': 'प्रति इकाई आँकड़े नहीं: इस प्रोफ़ाइल ({vessel}) की क्षमता प्रकाशित नहीं है।',
  'cost.difference':
    'गलियारा घटा तुलना वाला मार्ग, मॉडल के अनुसार: ईंधन {fuel}, CO₂ {co2}, लागत {cost}।',
  'cost.assumptions': 'ईंधन, CO₂ और लागत के आँकड़ों की मान्यताएँ और स्रोत',
  'cost.formula.sea': 'समुद्र में दिन = समुद्री मील ÷ (नॉट × 24)।',
  'cost.formula.fuelSea':
    'समुद्र में ईंधन = समुद्र में दिन × मुख्य इंजन टन/दिन × (रफ़्तार ÷ डिज़ाइन रफ़्तार)³ + समुद्र में दिन × समुद्र में सहायक टन/दिन (सहायक इंजन और बॉयलर)।',
  'cost.formula.fuelPort': 'बंदरगाहों और नहरों में ईंधन = अतिरिक्त दिन × बंदरगाह में सहायक टन/दिन।',
  'cost.formula.perDay':
    'किसी इंजन समूह का टन/दिन = kW × g/kWh × 24 ÷ 10,00,000; हर इंजन चुना हुआ ईंधन जलाता है।',
  'cost.formula.co2':
    'CO₂ = ईंधन × ईंधन का कार्बन गुणांक (टन CO₂ प्रति टन ईंधन): जहाज़ पर जला कार्बन, मीथेन रिसाव या उत्पादन-शृंखला के उत्सर्जन के बिना।',
  'cost.formula.cost':
    'लागत = ईंधन × प्रति टन कीमत + आपके लिखे नहर शुल्क, मार्ग पर पड़ने वाली हर नहर के लिए एक बार; चार्टर, बंदरगाह शुल्क या कार्बन कीमत शामिल नहीं।',
  'cost.formula.perTeu':
    'प्रति TEU = हर आँकड़ा ÷ प्रोफ़ाइल की क्षमता, जहाज़ को पूरा भरा मानकर (लोड फ़ैक्टर का कोई स्रोत नहीं है)।',
  'cost.formula.calm':
    'शांत पानी: कोई समुद्री मार्जिन नहीं जोड़ा गया है, और आंशिक भार पर प्रति kWh ईंधन की बढ़ोतरी रफ़्तार की चेतावनी के साथ दिखाई जाती है, लागू नहीं की जाती।',
  'cost.perDay': '{t} टन/दिन',
  'cost.daily':
    '{vessel}, {fuel} जलाते हुए: मुख्य इंजन {speed} की अपनी डिज़ाइन रफ़्तार पर {main}; सहायक इंजन और बॉयलर समुद्र में {sea} और बंदरगाह में {port}।',
  'cost.capacityNote':
    'क्षमता: {teu, select, true {EPA के उप-प्रकार के नाम में लिखा TEU, जहाज़ की क्षमता माना गया; EPA उस नाम के पीछे आकार की जो सीमा रखता है, वह पढ़ी नहीं गई। प्रति TEU आँकड़े जहाज़ को पूरा भरा मानते हैं।} other {क्षमता नहीं: इस EPA उप-प्रकार का कोई प्रकाशित प्रतिनिधि डेडवेट हमें नहीं मिला (नाम के पीछे EPA की आकार-सीमा पढ़ी नहीं गई, और दूसरी जगहों पर श्रेणियों की परिभाषाएँ अलग हैं), इसलिए यह प्रोफ़ाइल प्रति टन आँकड़े नहीं देती।}}',
  'cost.priceNote':
    'प्रकाशित कीमत: {fuel, select, hfo {MABUX का 380 HSFO (उच्च-सल्फ़र ईंधन तेल) सूचकांक HFO की जगह लिया गया है।} lfo {MABUX का VLSFO (बहुत कम सल्फ़र वाला ईंधन तेल) सूचकांक LFO की जगह लिया गया है। यह जोड़ी हमारी है: IMO की तालिका ईंधनों को सल्फ़र से नहीं, ISO 8217 ग्रेड से बाँटती है, और उसमें VLSFO की पंक्ति नहीं है।} mgo {MABUX का MGO (समुद्री गैस ऑयल) सूचकांक।} other {अमेरिकी डॉलर प्रति मीट्रिक टन में दी गई कीमत, जिसे यहाँ जलाई गई LNG के प्रति टन पर लागू किया गया है; लेख यह नहीं बताता कि टन LNG का है या तेल-समतुल्य का।}}',
  'cost.method': 'विधि',
  'cost.numbers': 'आँकड़े',
  'cost.statement':
    '{key, select, cubeLaw {मुख्य इंजन की शक्ति प्रोपेलर नियम का पालन करती है: शक्ति ∝ (रफ़्तार ÷ संदर्भ रफ़्तार)^n, डिफ़ॉल्ट n = 3, संदर्भ सेवा रफ़्तार या अधिकतम रफ़्तार है।} cubeLawImo4 {चौथे IMO GHG अध्ययन में इंजन का भार भी (रफ़्तार ÷ डिज़ाइन रफ़्तार)³ के साथ बदलता है (ड्राफ़्ट, मौसम और फ़ाउलिंग के पदों के साथ), अधिकतम 100 % तक।} partLoadSfc {कम भार पर मुख्य इंजन की विशिष्ट ईंधन खपत 0.455·L² − 0.710·L + 1.280 के गुणक से बढ़ती है (L = इंजन का भार, 0–1); सहायक इंजनों और बॉयलरों की खपत भार से स्वतंत्र मानी जाती है। मॉडल इसे लागू नहीं करता (देखें docs/costs.md)।} other {पढ़े गए स्रोतों में सबसे ऊँची बंकर कीमत: सिनेस (पुर्तगाल) में LNG, 13 दिसंबर 2021 को 2,575 अमेरिकी डॉलर प्रति टन, लेख वाले सप्ताह में। कीमत की जाँच इसके लगभग चार गुना से ऊपर की कीमतों को संभावित टाइपिंग भूल मानकर अस्वीकार करती है।}}',
  'cost.gives': '{list}: ',
  'cost.give':
    '{what, select, design_speed {डिज़ाइन रफ़्तार} main_power {मुख्य इंजन की शक्ति} aux_power {सहायक इंजनों की शक्ति} boiler_power {बॉयलर की शक्ति} capacity {क्षमता} carbon_factor {कार्बन गुणांक} carbon_content {कार्बन की मात्रा} sfc {प्रति kWh ईंधन} other {प्रकाशित ईंधन कीमतें}}',
  'planner.loading': 'मार्ग योजनाकार लोड हो रहा है…',
  'planner.loadFailed':
    'मार्ग योजनाकार लोड नहीं हो सका (कनेक्शन नहीं है)। आपके अगले क्लिक पर, या कनेक्शन लौटने पर, फिर कोशिश की जाएगी।',
  'export.figure':
    '{route}: {km} · {nm} · {speed} पर {days}{hasAllowance, select, yes {, अतिरिक्त {allowance} समेत} other {}}',
  'export.sources': 'स्रोत: {list}',
  'legend.corridor': 'चेन्नई–व्लादिवोस्तोक गलियारा',
  'legend.comparison': 'स्वेज़ होकर मुंबई–सेंट पीटर्सबर्ग',
  'legend.variant': 'मलक्का से बचकर गलियारा',
  'legend.planned': 'बनाया गया मार्ग: {route}',
  'legend.pin': '{n}. {route}',
  'legend.regions': 'रूस का सुदूर पूर्व ({count} क्षेत्र)',
  'legend.ports': 'बंदरगाह',
  'legend.straits': 'जलडमरूमध्य और नहरें',
  'legend.ecas': 'उत्सर्जन नियंत्रण क्षेत्र',
  'ecaCard.name':
    '{id, select, baltic_sea {बाल्टिक सागर ECA} north_sea {उत्तरी सागर ECA} north_american {उत्तरी अमेरिकी ECA} us_caribbean {संयुक्त राज्य कैरिबियन सागर ECA} other {भूमध्य सागर ECA}}',
  'ecaCard.limitHead': 'ईंधन में गंधक की सीमा',
  'ecaCard.limit': 'ज़्यादा से ज़्यादा {pct} % m/m',
  'ecaCard.sinceHead': 'कब से लागू',
  'ecaCard.since': '{date}{same, select, yes {} other {; यह सीमा {from} से}}',
  'ecaCard.ruleHead': 'नियम',
  'ecaCard.source': 'सीमा जहाँ पढ़ी गई: {title}, {url}',
  'legend.route':
    '{id, select, corridor {चेन्नई–व्लादिवोस्तोक समुद्री गलियारा} comparison {स्वेज़ होकर मुंबई–सेंट पीटर्सबर्ग (मौजूदा मार्ग)} other {मलक्का जलडमरूमध्य से बचकर चेन्नई–व्लादिवोस्तोक}}',
  'export.noMap': 'इस ब्राउज़र में नक्शा नहीं बनाया जा सकता',
  'export.noImage': 'ब्राउज़र तस्वीर नहीं बना सका',
  'export.mapAlt': 'नक्शा: {title}',
  'export.noMapPrint': 'इस ब्राउज़र में नक्शा नहीं बनाया जा सका (WebGL बंद है)।',
  'export.title': 'Corridor Atlas — {title}',
  'export.planned': 'बनाया गया मार्ग: {from} → {to}',
  'export.claim': 'दावा: {title}',
  'export.step': 'टूर, चरण {n}: {title}',
  'export.plannedRow': '{from} → {to} (बनाया गया)',
  'embed.legend': 'लेजेंड',
  'embed.closeClaim': 'दावा बंद करें',
} satisfies Record<MessageKey, string>;
