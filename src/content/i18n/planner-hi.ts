/**
 * The route planner's messages in Hindi: the keys of planner-en.ts, in its order.
 */
import type { PlannerKey } from './planner-en';

export const PLANNER_HI = {
  'planner.result': 'बनाया गया मार्ग',
  'planner.title': 'मार्ग बनाएँ',
  'planner.intro':
    'कोई भी दो बंदरगाह, या समुद्र में बिंदु, आपकी पसंद के जलडमरूमध्यों और नहरों को बंद या खुला रखकर।',
  'planner.passages': 'जलडमरूमध्य और नहरें',
  'planner.compare': 'एक क्लिक में तुलना',
  'planner.compareHint':
    'हर तुलना अपने मार्गों को साथ-साथ पिन करती है; अपने मार्ग “यह मार्ग पिन करें” से पिन करें।',
  'planner.method':
    'लंबाई Eurostat के SeaRoute मार्गों (marnet 20 किमी) पर है; दिन स्थिर रफ़्तार और बंदरगाहों व नहरों के अतिरिक्त समय पर आधारित हैं, जो ऊपर मार्ग पैनल के साथ तय है।',
  'pin.label':
    '{from} → {to}{hasVia, select, yes {, {via} होकर} other {}}{hasClosed, select, yes {, {closed} बंद} other {}}{hasOpen, select, yes {, {open} खुला} other {}}{hasThrough, select, yes {, {through} से होकर} other {}}{hasDraft, select, yes {, ड्राफ़्ट {draft}} other {}}{hasMonth, select, yes {, {month} में} other {}}',
  'result.length': 'लंबाई',
  'result.passages': 'जलडमरूमध्य और नहरें',
  'result.none': 'कोई नहीं',
  'result.time': '{speed} पर समय',
  'result.days': '{total} (समुद्र में {sea} + अतिरिक्त {allowance})',
  'result.vsCorridor': 'गलियारे की तुलना में',
  'result.fuel': 'ईंधन (मॉडल)',
  'result.co2': 'CO₂ (मॉडल)',
  'result.cost': 'लागत (मॉडल)',
  'result.perUnit': 'प्रति {unit} (जहाज़ पूरा भरा)',
  'result.perUnitValue': 'ईंधन {fuel}, CO₂ {co2}, {cost}',
  'result.corridor':
    'गलियारा: मलक्का होकर चेन्नई → व्लादिवोस्तोक, {km}, उसी रफ़्तार और अतिरिक्त समय पर {days}।',
  'result.snap':
    'मार्ग का {end, select, start {आरंभ} other {अंत}} निकटतम समुद्री मार्ग से {km} दूर है; यह सीधा हिस्सा शामिल है।',
  'result.download': 'GeoJSON डाउनलोड करें',
  'status.empty': 'प्रस्थान और गंतव्य चुनें।',
  'status.loading': 'समुद्री मार्गों का नेटवर्क लोड हो रहा है…',
  'status.computing': 'मार्ग की गणना हो रही है…',
  'status.shown': 'मार्ग की गणना हो गई: {from} → {to}।',
  'status.nothing': 'गणना के लिए कोई मार्ग नहीं।',
  'status.failed': 'मार्ग की गणना नहीं हो सकी।',
  'problem.samePlace': 'प्रस्थान और गंतव्य एक ही जगह हैं। कोई दूसरा प्रस्थान या गंतव्य चुनें।',
  'problem.route': '{reason}{kept, select, yes { पिछला मार्ग अब भी दिख रहा है।} other {}}',
  'problem.unavailable':
    'मार्ग की गणना नहीं हो सकी: {reason}।{kept, select, yes { पिछला मार्ग अब भी दिख रहा है।} other {}}',
  'problem.load':
    '{file, select, planner_code {मार्ग योजनाकार का कोड लोड नहीं हो सका (कनेक्शन नहीं है)} other {समुद्री मार्गों का नेटवर्क लोड नहीं हो सका ({kind, select, offline {कनेक्शन नहीं है} http {सर्वर ने {status} लौटाया} other {फ़ाइल खराब है}})}}; आपके अगले बदलाव पर, या कनेक्शन लौटने पर, फिर कोशिश की जाएगी',
  'problem.noRoute':
    'इन जलडमरूमध्यों/नहरों के बंद रहते ({closed}) इन जगहों को कोई समुद्री मार्ग नहीं जोड़ता। कोई जलडमरूमध्य या नहर खोलें, या कोई छोर बदलें।',
  'problem.tooFar':
    'नेटवर्क के समुद्री मार्गों से इतनी दूर मार्ग नहीं बन सकता: {ends, select, origin {प्रस्थान उनसे {km} से ज़्यादा दूर है} destination {गंतव्य उनसे {km} से ज़्यादा दूर है} other {दोनों छोर उनसे {km} से ज़्यादा दूर हैं}}। कोई बंदरगाह चुनें, या किसी जहाज़रानी मार्ग के पास का बिंदु।',
  'problem.invalid': 'इस अनुरोध का मार्ग नहीं बन सकता: {detail}।',
  'ends.from': 'कहाँ से',
  'ends.to': 'कहाँ तक',
  'ends.fromPlaceholder': 'बंदरगाह, जैसे चेन्नई या मद्रास',
  'ends.toPlaceholder': 'बंदरगाह, जैसे व्लादिवोस्तोक',
  'ends.pickHint':
    '{end, select, from {प्रस्थान} other {गंतव्य}} तय करने के लिए नक्शे पर समुद्र में क्लिक करें। रद्द करने के लिए Escape दबाएँ।',
  'ends.pick': 'नक्शे पर चुनें',
  'ends.swap': 'अदला-बदली ⇅',
  'ends.list': 'बंदरगाह — {end}',
  'ends.noMatch': 'कोई बंदरगाह नहीं मिला',
  'link.portDropped':
    'लिंक में “{id}” नाम का बंदरगाह है, जो विश्व बंदरगाह सूचकांक में नहीं है; उसे छोड़ दिया गया।{count, plural, =0 {} other { क्या आपका मतलब {nearest} था?}}',
  'result.approach':
    '{port} तक का पहुँच-मार्ग इस नक्शे के विभेदन पर {km} ज़मीन से होकर जाता है: वहाँ उसकी लंबाई अनुमानित है।',
  'problem.unreachable':
    '{port} तक नहीं पहुँचा जा सकता: समुद्री मार्गों के नेटवर्क का कोई मार्ग उससे 300 किमी के भीतर नहीं है। ज़मीन के ऊपर से कोई मार्ग नहीं खींचा जाता।',
  'card.label': 'बंदरगाह',
  'card.locode': 'UN/LOCODE',
  'card.size': 'बंदरगाह का आकार',
  'card.sizeValue':
    '{size, select, large {बड़ा} medium {मध्यम} small {छोटा} very_small {बहुत छोटा} other {नहीं दिया गया}}',
  'card.type': 'बंदरगाह का प्रकार',
  'card.draft': 'जहाज़ का अधिकतम ड्राफ़्ट',
  'card.length': 'जहाज़ की अधिकतम लंबाई',
  'card.beam': 'जहाज़ की अधिकतम चौड़ाई',
  'card.ice': 'प्रवेश पर बर्फ़ की रुकावट है।',
  'card.approach':
    'इसका पहुँच-मार्ग इस नक्शे के विभेदन पर {km} ज़मीन से होकर जाता है: इस तक का मार्ग अनुमानित है।',
  'card.noRoute':
    'कोई मार्ग नहीं: समुद्री मार्गों के नेटवर्क का कोई मार्ग इससे 300 किमी के भीतर नहीं है, और ज़मीन के ऊपर से कोई मार्ग नहीं खींचा जाता।',
  'card.source': 'स्रोत: NGA World Port Index (Pub. 150)',
  'card.from': 'यहाँ से मार्ग',
  'card.to': 'यहाँ तक मार्ग',
  'card.close': 'बंद करें',
  'passage.note':
    '{passage, select, kiel {आकार की सीमाओं वाली नहर; Eurostat SeaRoute की तरह पहले से बंद।} corinth {ज़्यादातर व्यापारी जहाज़ों के लिए बहुत संकरी नहर।} northwest {मौसमी, बर्फ़ पर निर्भर मार्ग।} other {रूस के आर्कटिक तट के साथ मौसमी, बर्फ़ पर निर्भर मार्ग।}}',
  'passages.avoid': 'इनसे बचें',
  'passages.open': 'खोलें (पहले से बंद)',
  'passages.hint': 'आर्कटिक मार्ग मौसमी बर्फ़ पर निर्भर हैं; कील और कोरिंथ नहरें जहाज़ों का आकार सीमित करती हैं।',
  'scenario.title':
    '{id, select, red_sea_closed {लाल सागर बंद: मुंबई → सेंट पीटर्सबर्ग, स्वेज़ बनाम केप} arctic_nsr {उत्तरी समुद्री मार्ग: मरमंस्क → व्लादिवोस्तोक, आर्कटिक बनाम स्वेज़} other {मलक्का, सुंडा या लोम्बोक होकर गलियारा}}',
  'scenario.description':
    '{id, select, red_sea_closed {स्वेज़ होकर वही यात्रा, और स्वेज़ व बाब-अल-मंदेब बंद रहने पर अफ़्रीका का चक्कर लगाकर।} arctic_nsr {यूरोप, अफ़्रीका के हॉर्न और एशिया का चक्कर लगाकर स्वेज़ होकर, बनाम रूसी आर्कटिक और बेरिंग जलडमरूमध्य (केवल बर्फ़-मुक्त मौसम में खुला)।} other {चेन्नई → व्लादिवोस्तोक मलक्का जलडमरूमध्य होकर, फिर उसके बंद रहने पर (सुंडा), फिर सुंडा भी बंद रहने पर (लोम्बोक)।}}',
  'pins.title': 'पिन किए गए मार्ग, साथ-साथ',
  'pins.pin': 'तुलना के लिए यह मार्ग पिन करें',
  'pins.refused':
    '{reason, select, no_route {पहले प्रस्थान और गंतव्य चुनें।} pinned {यह मार्ग पिन है।} other {ज़्यादा से ज़्यादा 3 मार्ग पिन किए जा सकते हैं; पहले एक हटाएँ।}}',
  'pins.unpinLabel': 'मार्ग {n} का पिन हटाएँ',
  'pins.unpin': 'पिन हटाएँ',
  'pins.error': 'मार्ग {n}: {message}',
  'pins.caption': 'पिन किए गए मार्गों की तुलना: लंबाई, जलडमरूमध्य, दिन और मॉडल किए गए ईंधन, CO₂ और लागत',
  'pins.km': 'लंबाई (किमी)',
  'pins.nm': 'लंबाई (समुद्री मील)',
  'pins.passes': 'होकर',
  'pins.noPassage': 'कोई नामित जलडमरूमध्य या नहर नहीं',
  'pins.days': '{speed} पर दिन',
  'pins.fuel': 'ईंधन (टन)',
  'pins.co2': 'CO₂ (टन)',
  'pins.cost': 'लागत (USD)',
  'pins.computing': 'पिन किए गए मार्गों की गणना हो रही है…',
  'pins.note':
    'दिनों में बंदरगाहों और नहरों के {allowance} शामिल हैं। ईंधन, CO₂ और लागत नीचे दी गई यात्रा की मान्यताओं पर एक यात्रा के <b>मॉडल अनुमान</b> हैं (ईंधन {price} प्रति टन; नहर शुल्क {dues} प्रति नहर पारगमन)।',
  'map.along': '{origin} से {km} ({nm})',
} satisfies Record<PlannerKey, string>;
