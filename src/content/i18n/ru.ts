/**
 * The interface's messages in Russian (issue #31): the keys of en.ts, in its order, so the three
 * read side by side. Names, titles and quotations that stay in English are marked <en>.
 */
import type { MessageKey } from './en';

export const RU = {
  'unit.km': '{n} км',
  'unit.nm':
    '{form, select, one {{n} мор. миля} few {{n} мор. мили} many {{n} мор. миль} other {{n} мор. мили}}',
  'unit.days': '{form, select, one {{n} день} few {{n} дня} many {{n} дней} other {{n} дня}}',
  'unit.kn': '{n} уз',
  'unit.t': '{n} т',
  'unit.usd': '{sign}{n} USD',
  'unit.m': '{n} м',
  'page.title': 'Corridor Atlas — морской коридор Ченнаи — Владивосток',
  'page.tagline': 'Морской путь Ченнаи — Владивосток и связанные с ним заявления об Индии и России',
  'page.map': 'Карта морского пути из Индии на Дальний Восток России',
  'page.loadingMap': 'Карта загружается…',
  'page.panel': 'Подробности',
  'page.startFailed':
    'При запуске карты что-то пошло не так. Панели, возможно, работают; может помочь перезагрузка страницы.',
  'page.dataUnreadable': 'Не удалось прочитать данные атласа: {reason}',
  'page.cameraClamped':
    'Масштаб или наклон в ссылке выходят за пределы этой карты; она открыта в ближайшем допустимом виде.',
  'page.linkProblems': 'Часть ссылки пропущена: {problems}',
  'page.mapPartFailed':
    'Часть карты не удалось нарисовать. Остальной атлас работает; может помочь перезагрузка страницы.',
  'page.update': 'Доступна новая версия — перезагрузите',
  'page.reload': 'Перезагрузить',
  'notice.dismiss': 'Закрыть это сообщение',
  'noWebgl.title': 'В этом браузере карту нарисовать нельзя',
  'noWebgl.why':
    'Corridor Atlas рисует карту с помощью WebGL, который в этом браузере отключён или не поддерживается. Маршруты, цифры и заявления на панели по-прежнему работают.',
  'noWebgl.fix':
    'Чтобы увидеть карту, включите аппаратное ускорение (или WebGL) в настройках браузера или откройте страницу в актуальной версии Firefox, Chrome, Edge или Safari.',
  'tabs.label': 'Панели',
  'tabs.toggle': 'Показать или скрыть панель',
  'tabs.routes': 'Маршруты',
  'tabs.claims': 'Заявления',
  'tabs.planner': 'Проложить маршрут',
  'tabs.about': 'Об атласе',
  'language.current': 'Язык: {language}',
  'quote.original': 'Цитата приведена по английскому оригиналу.',
  'data.failed':
    'Не удалось загрузить {file, select, basemap {базовую карту (суша, береговые линии, границы и названия)} regions {регионы Дальнего Востока} world_ports {Мировой указатель портов} other {сеть морских путей}} ({kind, select, offline {нет соединения} http {сервер ответил {status}} other {файл повреждён}}).',
  'data.withoutIt':
    '{file, select, basemap {Маршруты, регионы и заявления по-прежнему видны поверх моря.} regions {Остальная карта работает.} world_ports {В планировщике остаются его 47 портов.} other {Она нужна для прокладки маршрутов; остальной атлас работает.}}',
  'data.retrying':
    'Повторная загрузка: {file, select, basemap {базовая карта (суша, береговые линии, границы и названия)} regions {регионы Дальнего Востока} world_ports {Мировой указатель портов} other {сеть морских путей}}…',
  'data.retry': 'Повторить',
  'maplibre.map': 'Карта',
  'maplibre.zoomIn': 'Приблизить',
  'maplibre.zoomOut': 'Отдалить',
  'maplibre.resetBearing': 'Перетащите, чтобы повернуть карту; щёлкните, чтобы вернуть север вверх',
  'maplibre.toggleAttribution': 'Показать или скрыть источники',
  'maplibre.m': 'м',
  'maplibre.km': 'км',
  'maplibre.nm': 'мор. миль',
  'language.failed':
    'Не удалось загрузить этот язык (нет соединения). Атлас остаётся на прежнем языке.',
  'url.problem':
    '{key}: {code, select, unknown_id {неизвестное значение, пропущено} unknown_key {неизвестный параметр, пропущен} out_of_range {вне допустимого диапазона, исправлено или пропущено} malformed {не распознано, пропущено} duplicate {указано несколько раз; используется первое} too_long {ссылка слишком длинная; прочитано только её начало} bad_encoding {ошибка кодировки, пропущено} unsupported_version {более новый формат, прочитан как текущий} conflict {также в списке обходимых; обход важнее} other {остальные ошибки пропущены}} {value}.',
  'cite.short': '{publisher}, {date}',
  'cite.article': '<cite>{title}</cite>, {outlet}, {author}, {date}',
  'cite.pti': '{publisher} (PTI), {cite}',
  'toolbar.tour': 'Экскурсия<wide> по статье</wide>',
  'toolbar.globe': 'Глобус',
  'toolbar.globeTitle':
    'Показать Землю в виде глобуса (так верно видны арктические и тихоокеанские маршруты)',
  'toolbar.views': 'Виды',
  'welcome.line':
    'Впервые здесь? <take>Пройдите экскурсию</take>: сюжет статьи в {steps, plural, one {# шаге} other {# шагах}}.',
  'welcome.dismiss': 'Закрыть приветствие',
  'about.title': 'Об этом атласе',
  'about.what':
    'Corridor Atlas показывает на карте морской путь Ченнаи — Владивосток и заявления о сотрудничестве Индии и России из статьи News18 от 5–6 декабря 2021 года и сверяет приведённые в статье расстояние и сроки с маршрутами, рассчитанными по модели мировых судоходных путей (Eurostat SeaRoute).',
  'about.offline':
    'Всё работает в вашем браузере на данных, поставляемых вместе со страницей: без картографического сервера, без слежения, без запросов к другим сайтам.',
  'about.data': 'Данные и лицензии',
  'about.source': ' — {use}. Лицензия: {licence}.',
  'source.name':
    '{source, select, natural_earth {Natural Earth 1:50m (страны через world-atlas; моря, города)} noto_sans {Noto Sans (через @fontsource/noto-sans)} far_east_regions {Регионы Дальнего Востока России: © участники OpenStreetMap, GIS-Lab (ODbL 1.0)} searoute_marnet {Eurostat SeaRoute / marnet (EUPL-1.2)} nga_wpi {NGA World Port Index (Pub. 150)} other {список портов searoute-py (© 2022 Gent Halili)}}',
  'source.use':
    '{source, select, natural_earth {Суша, страны, границы, береговые линии, подписи морей и городов} noto_sans {Шрифт подписей и интерфейса} far_east_regions {Границы 11 регионов Дальнего Востока и их площади: административные границы OpenStreetMap от GIS-Lab (2013), через codeforamerica/click_that_hood} searoute_marnet {Морские пути, на которых основаны все маршруты и расстояния (сеть marnet 20 км)} nga_wpi {Все порты сверх 47 отобранных и сведения о каждом порте (UN/LOCODE, размер и тип гавани, наибольшие осадка, длина и ширина судна, лёд на входе)} other {Координаты гаваней 10 портов, которых нет в Natural Earth (см. geo/README.md)}}',
  'source.licence':
    '{source, select, natural_earth {Общественное достояние} noto_sans {SIL Open Font License 1.1} far_east_regions {Open Database License (ODbL) 1.0} searoute_marnet {European Union Public Licence (EUPL) 1.2} nga_wpi {Произведение правительства США, общественное достояние} other {MIT}}',
  'source.attribution':
    '{source, select, natural_earth {Natural Earth (общественное достояние)} noto_sans {Noto Sans (SIL OFL 1.1)} far_east_regions {© участники OpenStreetMap, GIS-Lab} searoute_marnet {Eurostat SeaRoute (EUPL-1.2)} nga_wpi {NGA World Port Index} other {Порты: searoute-py (MIT)}}',
  'tour.counter': 'Шаг {n} из {total}',
  'tour.leave': 'Выйти из экскурсии',
  'tour.previous': '← Назад',
  'tour.previousStep': 'Предыдущий шаг: {title}',
  'tour.previousNone': 'Предыдущий шаг (это первый)',
  'tour.steps': 'Шаги',
  'tour.dot': 'Шаг {n}: {title}',
  'tour.next': 'Далее →',
  'tour.nextStep': 'Следующий шаг: {title}',
  'tour.finish': 'Завершить',
  'tour.finishLabel': 'Далее: выйти из экскурсии',
  'tour.figures.caption': 'Цифры статьи и наши (News18)',
  'tour.figures.article': 'Статья',
  'tour.figures.computed': 'Расчёт',
  'voyage.slider': 'День рейса',
  'voyage.day': 'День {day} из {total}',
  'voyage.pause': 'Пауза',
  'voyage.replay': 'Повторить',
  'voyage.play': 'Пуск',
  'voyage.pauseLabel': 'Приостановить рейс',
  'voyage.playLabel': 'Запустить рейс',
  'voyage.counter': '{route}: {where}',
  'voyage.where':
    '{phase, select, sea {День {day} · {stretch}} departure {День {day} · в порту, {port}} other {День {day} · в порту, {port}}}',
  'voyage.atSea': 'в море',
  'voyage.note':
    'При скорости {speed} и {allowance} в портах (по половине в начале и в конце рейса), как задано на панели «Маршруты».',
  'route.pair': '{from} → {to}',
  'place.point':
    'Точка {lat}° {ns, select, north {с. ш.} other {ю. ш.}}, {lng}° {ew, select, east {в. д.} other {з. д.}}',
  'check.model': '{speed} в море плюс {allowance} в портах и каналах',
  'check.label':
    '{id, select, distance {Длина маршрута} days {Время доставки по коридору} implied_speed {Средняя скорость, следующая из статьи} days_before {Время доставки до коридора} minister_distance {Длина маршрута (Business Standard, 2024)} other {Длина маршрута Мумбаи — Санкт-Петербург (Business Standard, 2024)}}',
  'check.explain.distance':
    'По морским путям маршрут через Малаккский пролив имеет длину {corridorKm}, что {cmp, select, less {на {pct} короче, чем} more {на {pct} длиннее, чем} other {столько же, сколько}} опубликованные ≈{articleKm}, а маршрут в обход Малаккского пролива (через Зондский или Ломбокский пролив) — {variantKm} ({cmp2, select, less {на {pct2} короче} more {на {pct2} длиннее} other {столько же}}); значит, опубликованная цифра ближе всего к {closest, select, corridor {маршруту через Малаккский пролив} other {маршруту в обход Малаккского пролива (через Зондский или Ломбокский пролив)}}.',
  'check.explain.days':
    'При {model} рассчитанный маршрут через Малаккский пролив длиной {corridorNm} занимает {total} ({sea} в море); опубликовано — примерно {published, plural, one {# день} few {# дня} many {# дней} other {# дня}}, разница: {cmp, select, less {на {pct} меньше} more {на {pct} больше} other {нет}}.',
  'check.explain.impliedSpeed':
    'Пройти {articleKm} за {days, plural, one {# день} few {# дня} many {# дней} other {# дня}} значит идти со средней скоростью {claimed} от причала до причала, а в этой модели ({model}, на {corridorKm}) средняя скорость от причала до причала — {modelKnots}, {cmp, select, less {на {pct} медленнее} more {на {pct} быстрее} other {столько же}}.',
  'check.explain.daysBefore':
    'Статья не называет маршрут, за которым стоят её {before, plural, one {# день} few {# дня} many {# дней} other {# дня}}; Business Standard (PTI, 18 ноября 2024 г.) называет нынешним торговым маршрутом путь Мумбаи — Санкт-Петербург длиной {comparisonNm} (около {min}–{max} дней; более {viaEurope} дней из Индии на Дальний Восток России через Европу); эта модель проходит его за {total} при {model}, что {cmp, select, less {на {pct} меньше} more {на {pct} больше} other {столько же}}. Это сравнение разных пар портов, а не того же рейса, ставшего быстрее.',
  'check.explain.ministerDistance':
    '≈{ministerNm} у Business Standard ({ministerKm}; в статье — {articleKm}) сравниваются с {corridorNm}, рассчитанными через Малаккский пролив ({cmp, select, less {на {pct} короче} more {на {pct} длиннее} other {столько же}}), и {variantNm} в обход Малаккского пролива ({cmp2, select, less {на {pct2} короче} more {на {pct2} длиннее} other {столько же}}); значит, цифра ближе всего к {closest, select, corridor {маршруту через Малаккский пролив} other {маршруту в обход Малаккского пролива (через Зондский или Ломбокский пролив)}}.',
  'check.explain.comparisonDistance':
    'По морским путям маршрут Мумбаи — Санкт-Петербург через Суэцкий канал, Гибралтар, Ла-Манш и Балтику имеет длину {comparisonNm}, что {cmp, select, less {на {pct} короче} more {на {pct} длиннее} other {столько же, сколько}} {published} у Business Standard.',
  'routes.title': '{from} → {to} морем',
  'routes.lead':
    'Морской коридор Ченнаи — Владивосток идёт из {from} через {via} во {to}: <b>{km} ({nm})</b> по модельным морским путям Eurostat (в статье — около 10 300 км).',
  'routes.stat.shortest': 'Кратчайший маршрут по сети морских путей (модель)',
  'routes.stat.shorter': 'Короче, чем Мумбаи → Санкт-Петербург через Суэц (другие порты)',
  'routes.stat.shorterNote': 'на {km} меньше, чем {from} → {to}',
  'routes.stat.days': 'На столько дней меньше, чем Мумбаи → Санкт-Петербург',
  'routes.stat.daysNote': '{corridor} против {comparison} при {speed}',
  'routes.table.caption': 'Коридор и маршрут для сравнения',
  'routes.corridor': 'Коридор',
  'routes.comparison': 'Для сравнения',
  'routes.variant': 'В обход Малаккского пролива',
  'routes.table.route': 'Маршрут',
  'routes.table.via': 'Через',
  'routes.table.sea': 'Расстояние по морю',
  'routes.table.greatCircle': 'По дуге большого круга',
  'routes.table.detour': 'Коэффициент удлинения',
  'routes.times': '{n}×',
  'routes.table.atSea': 'В море, {speed}',
  'routes.table.port': 'Порты и каналы',
  'routes.table.total': 'Всего',
  'routes.saved':
    'Коридор на {km} ({pct}) короче и при {speed} занимает на {days} ({daysPct}) меньше.',
  'routes.summary':
    'При {speed} и {allowance} в портах и каналах: коридор — {corridor}, маршрут для сравнения — {comparison}, экономия — {saved}.',
  'check.published':
    '{figure, select, article_distance {около {quantity}} article_days {примерно {quantity}} article_days_before {с {quantity}} bs_corridor_distance {около {quantity}} bs_corridor_days {сократится до {quantity}} bs_via_europe_days {более {quantity}} bs_comparison_days {около 35–{quantity}} other {{quantity}}}',
  'figure.about':
    '{figure, select, article_distance {Длина морского маршрута Ченнаи — Владивосток} article_days {Время доставки по маршруту Ченнаи — Владивосток} article_days_before {Время доставки до появления маршрута; статья не говорит, по какому маршруту} bs_corridor_distance {Длина морского маршрута Ченнаи — Владивосток} bs_corridor_days {Время доставки Индия — Дальний Восток России по коридору} bs_via_europe_days {Нынешнее время доставки из Индии на Дальний Восток России через Европу} bs_comparison_distance {Длина нынешнего торгового маршрута Мумбаи — Санкт-Петербург} other {Время доставки по маршруту Мумбаи — Санкт-Петербург}}',
  'check.derivedFrom': 'выведено из: {cite}',
  'check.published.head': 'Опубликовано',
  'check.computed': 'Расчёт',
  'check.thisAtlas': 'этот атлас',
  'check.difference': 'Разница',
  'check.vsPublished': 'с опубликованным',
  'check.words': 'Слова {publisher}',
  'check.about': '{cite}. {about}.',
  'sources.article':
    '{outlet}: «<en>{title}</en>», автор {author}, {dateline}; впервые опубликовано {first}, обновлено {updated}. Её единственное предложение с цифрами о маршруте:',
  'sources.bs':
    '{publisher}, {date}. Сообщение PTI о том, что союзный министр портов, судоходства и водных путей Сарбананда Соновал объявил коридор действующим; цифры — собственные фразы сообщения, а не цитаты министра.',
  'sources.readReport': 'Читать сообщение',
  'sources.opensSite': ' (откроется сайт издания).',
  'routes.why':
    '<b>Почему {from} → {to}? </b>Статья называет время до коридора («<en>from 40 days</en>»), но не называет этот маршрут. Сообщая о заявлении министра, что коридор действует, Business Standard (PTI, {cite}; цитата ниже) противопоставил 24 дня по коридору «<en>more than 40</en>» дням пути из Индии на Дальний Восток России через Европу и назвал нынешним торговым маршрутом Мумбаи — Санкт-Петербург. Эти два маршрута соединяют разные порты.',
  'routes.showComparison': 'Показать маршрут для сравнения: {from} → {to} через {via}, {length}.',
  'routes.showVariant':
    'Показать маршрут в обход Малаккского пролива: {from} → {to} через {via}, {length}, на {longer} длиннее коридора; {days}',
  'routes.variantDays': '{days} при {speed}.',
  'routes.onMap': 'На карте',
  'routes.legend.corridor': 'Коридор (сплошная)',
  'routes.legend.comparison': 'Для сравнения (штриховая)',
  'routes.legend.variant': 'В обход Малаккского пролива (точечная)',
  'routes.worldPorts': 'Порты Мирового указателя портов: при приближении сначала крупные',
  'routes.showEcas':
    'Районы контроля выбросов (МАРПОЛ, Приложение VI: топливо с содержанием серы не более 0,10 %)',
  'routes.ecas':
    'В районах контроля выбросов (топливо с содержанием серы не более 0,10 %): {aNone, select, yes {ни одного километра из {aKm} коридора} other {{aEca} из {aKm} коридора ({aShare}: {aAreas})}} и {bNone, select, yes {ни одного километра из {bKm} маршрута сравнения} other {{bEca} из {bKm} маршрута сравнения ({bShare}: {bAreas})}}.',
  'routes.assume.speed': 'Скорость в море постоянна: дни в море = морские мили ÷ (узлы × 24).',
  'routes.assume.allowance':
    'Запас добавляется один раз за рейс — на заходы в порты и проход каналов.',
  'routes.assume.lengths':
    'Длины: кратчайший путь по сети Eurostat SeaRoute marnet 20 км (EUPL-1.2), геодезические длины WGS84, включая подходы к портам и отрезки привязки к сети; по умолчанию закрыты: Кильский канал, Коринфский канал, Северо-Западный проход, Северный морской путь.',
  'routes.assume.greatCircle':
    'Дуга большого круга: расстояние по формуле гаверсинусов (Turf) между двумя портами на сфере радиусом 6371 км.',
  'routes.assume.detour':
    'Коэффициент удлинения = расстояние по морю ÷ расстояние по дуге большого круга (1 — прямая линия).',
  'routes.assume.nm': '1 морская миля = ровно {km} км.',
  'routes.assume.defaults':
    'Значения по умолчанию — 14 узлов и 2 дня — модельный выбор этого атласа, а не цифры из источников.',
  'routes.assume.ports':
    'Сэкономленные дни сравнивают рейсы между разными портами, как и опубликованные заявления.',
  'routes.checked': 'Проверка опубликованных цифр',
  'routes.checkIntro':
    'Каждая опубликованная цифра рядом с рассчитанным здесь значением при заданных выше скорости и запасе. Разница = (расчёт − опубликованное) ÷ опубликованное. Источники: статья ({article}) и сообщение Business Standard (PTI, {bs}).',
  'routes.sources': 'Источники',
  'routes.assumptions': 'Допущения',
  'share.menu': 'Поделиться',
  'share.copied': 'Ссылка скопирована',
  'share.selectCopy': 'Выделите и скопируйте ссылку',
  'share.linkField': 'Ссылка на этот вид',
  'share.failed': 'Не получилось — {title}: {reason}',
  'share.copy': 'Копировать ссылку',
  'share.copyWhat': 'Ссылка, которая открывает именно этот вид.',
  'share.embed': 'Встроить…',
  'share.embedWhat': 'HTML, чтобы вставить карту в статью или страницу курса.',
  'share.image': 'Скачать изображение',
  'share.imageNoMap': 'Нужна карта, которую этот браузер нарисовать не может (WebGL отключён).',
  'share.imageWhat': 'PNG этого вида вдвое большего размера, с легендой, масштабом и источниками.',
  'share.print': 'Печать',
  'share.printWhat': 'Одна страница: карта, текст, источники.',
  'share.data': 'Скачать данные…',
  'share.dataWhat': 'Маршруты и регионы (GeoJSON) и цифры (CSV).',
  'share.close': 'Закрыть',
  'embed.title': 'Встроить эту карту',
  'embed.frameTitle': 'Corridor Atlas: {view}',
  'embed.code': 'HTML для встраивания',
  'embed.size':
    '{size, select, square {Квадрат (600 × 600)} classic {4:3 (800 × 600)} other {Адаптивный, 16:9}}',
  'embed.copy': 'Копировать HTML',
  'embed.copied': 'HTML скопирован.',
  'embed.selectCopy': 'Выделите HTML и скопируйте его.',
  'embed.what':
    'Встроенная карта показывает этот вид с компактной легендой, источниками и ссылкой на полный атлас. Её читатели могут открывать заявления.',
  'embed.sizes': 'Размер',
  'dataDialog.title': 'Скачать данные',
  'dataDialog.geojson': 'Маршруты и регионы (GeoJSON)',
  'dataDialog.csv': 'Цифры маршрутов (CSV)',
  'dataDialog.geojsonDone': 'GeoJSON скачан.',
  'dataDialog.geojsonFailed': 'Не удалось создать GeoJSON: {reason}.',
  'dataDialog.csvDone': 'CSV скачан.',
  'dataDialog.what':
    'Те же данные, что рисует карта. Маршруты получены из сети SeaRoute Eurostat, регионы — из границ OpenStreetMap: используйте их на условиях их лицензий, с этими указаниями авторства.',
  'region.area': '{n} км²',
  'region.listTitle':
    'Дальний Восток России: {count, plural, one {# регион} few {# региона} many {# регионов} other {# региона}}',
  'region.theArticle': 'В статье:',
  'region.listIntro':
    'Регионы губернаторов в ней не названы. Карта выделяет {count, plural, one {# субъект} few {# субъекта} many {# субъектов} other {# субъекта}} Дальневосточного федерального округа.',
  'region.listIntroMap':
    'Регионы губернаторов в ней не названы. Карта выделяет {count, plural, one {# субъект} few {# субъекта} many {# субъектов} other {# субъекта}} Дальневосточного федерального округа; выберите любой, чтобы увидеть его и его карточку.',
  'region.code': 'Код ISO 3166-2',
  'region.areaHead': 'Площадь',
  'region.areaSource': 'рассчитана с помощью Turf по границам OpenStreetMap/GIS-Lab, 2013',
  'region.why':
    'Один из {count, plural, one {# региона} few {# регионов} many {# регионов} other {# региона}} Дальневосточного федерального округа России, показанных на этой карте. В статье сказано:',
  'region.noList': 'Статья не перечисляет эти регионы.',
  'claims.marker': '{category}: {title}',
  'claims.cluster':
    '{place}: {count, plural, one {# заявление} few {# заявления} many {# заявлений} other {# заявления}}. {expanded, select, true {Скрыть их} other {Показать их}}',
  'claims.clusterTitle':
    '{count, plural, one {# заявление} few {# заявления} many {# заявлений} other {# заявления}}: {place}',
  'claims.legend': 'Категории заявлений',
  'claims.title': 'Заявления в статье',
  'claims.intro':
    'В статье {count, plural, one {# заявление} few {# заявления} many {# заявлений} other {# заявления}} о сотрудничестве Индии и России. В каждой карточке — наш пересказ и фрагмент, на котором он основан; «Показать на карте» показывает заявление на карте и выделяет то, чего оно касается.',
  'claims.filter': 'Показать заявления по категориям',
  'claims.all': 'Все',
  'claims.group': '{label} ({count})',
  'claims.closed': 'Заявление закрыто.',
  'claims.showing': 'Показано заявление: {title}',
  'claims.source': 'Источник',
  'claims.article': 'Статья',
  'claims.outlet': 'Издание',
  'claims.author': 'Автор',
  'claims.dateline': 'Место выпуска',
  'claims.firstPublished': 'Впервые опубликовано',
  'claims.lastUpdated': 'Обновлено',
  'claims.note':
    'Пересказы заявлений — собственные слова Corridor Atlas; цитируемые фрагменты — дословные слова статьи.',
  'claims.showOnMap': 'Показать на карте',
  'claims.close': 'Закрыть',
  'claims.shownAt': 'Место на карте: ',
  'claims.onMap': 'На карте: ',
  'claims.checkFigures': 'Проверить цифры',
  'claims.checkIntro':
    'Панель «Маршруты» сравнивает цифры статьи с маршрутами, рассчитанными по морским путям:',
  'assume.title': 'Допущения рейса',
  'assume.speed': 'Скорость в море',
  'assume.allowance': 'Запас на порты и каналы',
  'vessel.name':
    '{vessel, select, container_2000 {Контейнеровоз, 2000 TEU} container_5000 {Контейнеровоз, 5000 TEU} container_8000 {Контейнеровоз, 8000 TEU} bulk_panamax {Балкер, Panamax} other {Нефтяной танкер, Aframax}}',
  'fuel.name':
    '{fuel, select, hfo {Тяжёлое топливо (HFO)} lfo {Лёгкое топливо (LFO)} mgo {Судовой газойль / дизельное топливо (MGO/MDO)} other {Сжиженный природный газ (LNG)}}',
  'vessel.capacity': 'вместимость {n} {unit}',
  'vessel.noCapacity': 'вместимость не опубликована',
  'vessel.option': '{name} · расчётная скорость {speed} · {capacity}',
  'fuel.option': '{name} · {factor} т CO₂/т',
  'vessel.hint':
    'Расчётная скорость {speed}, при которой главный двигатель работает на полной мощности; {capacity}.',
  'cost.reset': 'Вернуть опубликованную цену',
  'cost.duesHint':
    'Тариф каналов не предполагается: сборы равны 0, пока вы не введёте сумму. Они добавляются один раз за каждый канал на маршруте ({canals}), но не за проливы.',
  'cost.vessel': 'Профиль судна',
  'cost.fuel': 'Топливо',
  'cost.ecaSwitch':
    'В районе ECA содержание серы в топливе не должно превышать 0,10 % (МАРПОЛ, Приложение VI, правило 14.4): без скруббера выбранное топливо там заменяется газойлем. Топливо, CO₂ и стоимость выше — сумма двух частей:',
  'cost.fuelPart':
    '{where, select, outside {Вне ECA} other {В ECA}}: {fuel}, {tonnes} по {price} за тонну{cited, select, yes { ({index}, {date})} other {}}, углеродный коэффициент {factor} т CO₂ на т: {co2} CO₂, {cost}',
  'cost.oneFuel':
    '{scrubber, select, yes {Скруббер установлен: выбранное топливо сжигается и в ECA (правило 4.1 Приложения VI МАРПОЛ допускает его как эквивалент).} other {Выбранное топливо удовлетворяет пределу серы 0,10 % в ECA: переход не нужен.}}',
  'cost.scrubber':
    'Скруббер установлен (выбранное топливо сжигается и в районах контроля выбросов)',
  'cost.price': 'Цена топлива (USD за тонну)',
  'cost.dues': 'Сборы за канал (USD за проход)',
  'cost.priceHint':
    'Опубликованная цена — {fuel}: {price} за тонну, <en>{index}</en>, {date} (<en>{publisher}</en>).{inUse, select, true { Используется сейчас.} other {}}',
  'cost.problem':
    '{code, select, price_empty {Введите цену топлива в долларах США за тонну.} price_nan {Цена топлива должна быть числом — долларов США за тонну.} price_low {Цена топлива должна быть больше 0 долларов США за тонну.} price_high {Цена топлива выше 10 000 долларов США за тонну отклоняется как вероятная опечатка; цены бункерного топлива в источниках модели ниже 3000.} dues_nan {Сборы за канал должны быть числом долларов США, от 0 и выше, без разделителей.} other {Сборы за канал выше {max} за проход отклоняются как вероятная опечатка.}}',
  'cost.warning': 'Предупреждение о скорости: ',
  'cost.warning.low':
    '{speed} — это {ratio} расчётной скорости этого профиля ({design}), более чем на {band} ниже неё, где кубический закон, на котором основаны эти цифры, наименее надёжен. При такой низкой нагрузке двигателя кривая частичной нагрузки ИМО даёт расход топлива главного двигателя на кВт·ч на {change} {way, select, higher {выше} other {ниже}}; цифры это не учитывают.',
  'cost.warning.high':
    '{speed} — это {ratio} расчётной скорости этого профиля ({design}), более чем на {band} выше неё. Судно не смогло бы её развить при своей установленной мощности; цифры продлевают кубический закон далеко за пределы полной мощности.',
  'cost.aboveDesign': 'Выше расчётной скорости: ',
  'cost.aboveDesign.text':
    '{speed} больше расчётной скорости этого профиля ({design}), при которой главный двигатель выходит на полную мощность; цифры продлевают кубический закон за пределы установленной мощности.',
  'cost.context':
    'Оценка модели, а не измерение: один рейс ({vessel}; {fuel}) при {speed}, {allowance} в портах и каналах; топливо по {price} за тонну{published, select, true { (опубликованная цена)} other {}}, сборы за канал {dues} за проход.',
  'cost.title': 'Топливо, CO₂ и стоимость: модельные оценки',
  'cost.caption': 'Модельный расход топлива, выбросы CO₂ и стоимость одного рейса',
  'cost.row.fuel': 'Сожжено топлива (т)',
  'cost.row.co2': 'Выброшено CO₂ (т)',
  'cost.row.cost': 'Стоимость: топливо + сборы (USD)',
  'cost.row.fuelPer': 'Топливо на {unit} (т)',
  'cost.row.co2Per': 'CO₂ на {unit} (т)',
  'cost.row.costPer': 'Стоимость на {unit} (USD)',
  'cost.perUnit':
    'На {unit}: делено на вместимость {capacity} {unit}; судно считается полностью загруженным.',
  'cost.noPerUnit':
    'Нет цифр на единицу груза: вместимость этого профиля не опубликована ({vessel}).',
  'cost.difference':
    'Коридор минус маршрут для сравнения, по модели: топливо {fuel}, CO₂ {co2}, стоимость {cost}.',
  'cost.assumptions': 'Допущения и источники цифр топлива, CO₂ и стоимости',
  'cost.formula.sea': 'Дни в море = морские мили ÷ (узлы × 24).',
  'cost.formula.fuelSea':
    'Топливо в море = дни в море × т/сут главного двигателя × (скорость ÷ расчётная скорость)³ + дни в море × т/сут вспомогательных установок в море (вспомогательные двигатели и котёл).',
  'cost.formula.fuelPort':
    'Топливо в портах и каналах = дни запаса × т/сут вспомогательных установок в порту.',
  'cost.formula.perDay':
    'т/сут группы двигателей = кВт × г/кВт·ч × 24 ÷ 1 000 000; все двигатели сжигают выбранное топливо.',
  'cost.formula.co2':
    'CO₂ = топливо × углеродный коэффициент топлива (т CO₂ на т топлива): углерод, сожжённый на борту, без проскока метана и выбросов на предыдущих стадиях.',
  'cost.formula.cost':
    'Стоимость = топливо × цена за тонну + введённые вами сборы за канал, по одному разу за каждый канал на маршруте; без фрахта, портовых сборов и платы за углерод.',
  'cost.formula.perTeu':
    'На TEU = каждая цифра ÷ вместимость профиля; судно считается полностью загруженным (коэффициент загрузки не подкреплён источником).',
  'cost.formula.calm':
    'Спокойная вода: морской запас не добавляется, а рост расхода топлива на кВт·ч при частичной нагрузке показан рядом с предупреждением о скорости, но не применяется.',
  'cost.perDay': '{t} т/сут',
  'cost.daily':
    '{vessel}, топливо — {fuel}: главный двигатель {main} на расчётной скорости {speed}; вспомогательные двигатели и котёл — {sea} в море и {port} в порту.',
  'cost.capacityNote':
    'Вместимость: {teu, select, true {TEU из названия подтипа EPA, принятые за вместимость судна; диапазон размеров, который EPA подразумевает под этим названием, мы не читали. Цифры на TEU предполагают полностью загруженное судно.} other {Вместимости нет: мы не нашли опубликованного типичного дедвейта для этого подтипа EPA (диапазон размеров, который EPA подразумевает под названием, мы не читали, а определения классов в других источниках расходятся), поэтому профиль не даёт цифр на тонну груза.}}',
  'cost.priceNote':
    'Опубликованная цена: {fuel, select, hfo {индекс MABUX 380 HSFO (высокосернистый мазут) используется вместо HFO.} lfo {индекс MABUX VLSFO (топливо со сверхнизким содержанием серы) используется вместо LFO. Это сопоставление наше: таблица ИМО классифицирует топливо по маркам ISO 8217, а не по сере, и строки VLSFO в ней нет.} mgo {индекс MABUX MGO (судовой газойль).} other {котировка в долларах США за метрическую тонну применяется здесь к тонне сожжённого СПГ; статья не говорит, идёт ли речь о тонне СПГ или о нефтяном эквиваленте.}}',
  'cost.method': 'Метод',
  'cost.numbers': 'Цифры',
  'cost.statement':
    '{key, select, cubeLaw {Мощность главного двигателя следует закону винта: мощность ∝ (скорость ÷ опорная скорость)^n, по умолчанию n = 3; опорная скорость — эксплуатационная или максимальная.} cubeLawImo4 {Нагрузка двигателя в Четвёртом исследовании ИМО по парниковым газам также масштабируется как (скорость ÷ расчётная скорость)³ (с поправками на осадку, погоду и обрастание) и ограничена 100 %.} partLoadSfc {Удельный расход топлива главного двигателя растёт при низкой нагрузке в 0,455·L² − 0,710·L + 1,280 раза (L — нагрузка двигателя, 0–1); для вспомогательных двигателей и котлов он считается не зависящим от нагрузки. Модель его не применяет (см. docs/costs.md).} other {Самая высокая цена бункерного топлива в прочитанных источниках: СПГ в Синише (Португалия), 2575 долларов США за тонну 13 декабря 2021 года, на неделе выхода статьи. Проверка цены отклоняет цены примерно вчетверо выше как вероятные опечатки.}}',
  'cost.gives': '{list}: ',
  'cost.give':
    '{what, select, design_speed {расчётная скорость} main_power {мощность главного двигателя} aux_power {мощность вспомогательных двигателей} boiler_power {мощность котла} capacity {вместимость} carbon_factor {углеродный коэффициент} carbon_content {содержание углерода} sfc {топливо на кВт·ч} other {опубликованные цены топлива}}',
  'planner.loading': 'Загружается планировщик маршрутов…',
  'planner.loadFailed':
    'Не удалось загрузить планировщик маршрутов (нет соединения). Новая попытка — при вашем следующем щелчке или когда соединение восстановится.',
  'export.figure':
    '{route}: {km} · {nm} · {days} при {speed}{hasAllowance, select, yes {, включая запас {allowance}} other {}}',
  'export.sources': 'Источники: {list}',
  'legend.corridor': 'Коридор Ченнаи — Владивосток',
  'legend.comparison': 'Мумбаи — Санкт-Петербург через Суэц',
  'legend.variant': 'Коридор в обход Малаккского пролива',
  'legend.planned': 'Проложенный маршрут: {route}',
  'legend.pin': '{n}. {route}',
  'legend.regions':
    'Дальний Восток России ({count, plural, one {# регион} few {# региона} many {# регионов} other {# региона}})',
  'legend.ports': 'Порты',
  'legend.straits': 'Проливы и каналы',
  'legend.ecas': 'Районы контроля выбросов',
  'ecaCard.name':
    '{id, select, baltic_sea {Район ECA Балтийского моря} north_sea {Район ECA Северного моря} north_american {Североамериканский район ECA} us_caribbean {Район ECA Карибского моря (США)} other {Район ECA Средиземного моря}}',
  'ecaCard.limitHead': 'Предел серы в топливе',
  'ecaCard.limit': 'не более {pct} % m/m',
  'ecaCard.sinceHead': 'Действует с',
  'ecaCard.since': '{date}{same, select, yes {} other {; этот предел — с {from}}}',
  'ecaCard.ruleHead': 'Правило',
  'ecaCard.source': 'Граница по тексту: {title}, {url}',
  'legend.route':
    '{id, select, corridor {Морской коридор Ченнаи — Владивосток} comparison {Мумбаи — Санкт-Петербург через Суэц (действующий маршрут)} other {Ченнаи — Владивосток в обход Малаккского пролива}}',
  'export.noMap': 'карту нельзя нарисовать в этом браузере',
  'export.noImage': 'браузер не смог закодировать изображение',
  'export.mapAlt': 'Карта: {title}',
  'export.noMapPrint': 'В этом браузере карту нарисовать не удалось (WebGL отключён).',
  'export.title': 'Corridor Atlas — {title}',
  'export.planned': 'Проложенный маршрут: {from} → {to}',
  'export.claim': 'Заявление: {title}',
  'export.step': 'Экскурсия, шаг {n}: {title}',
  'export.plannedRow': '{from} → {to} (проложен)',
  'embed.legend': 'Легенда',
  'embed.closeClaim': 'Закрыть заявление',
} satisfies Record<MessageKey, string>;
