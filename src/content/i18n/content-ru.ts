/**
 * The content catalogues in Russian (issue #31): categories, claim titles, views and places, keyed
 * by their ids; the claims' summaries and the tour are in story-ru.ts. Each says what the
 * English says, no more and no less.
 */
import type { ContentTexts } from './types';

export const CONTENT_RU: ContentTexts = {
  categories: {
    defence: {
      label: 'Оборона',
      description: 'Вооружения, военная логистика и оборонные закупки.',
    },
    connectivity: {
      label: 'Транспортные связи',
      description: 'Морские пути и судоходство между Индией и Россией.',
    },
    'energy-investment': {
      label: 'Энергетика и инвестиции',
      description: 'Инвестиционные цели, энергетические проекты и Дальний Восток России.',
    },
    diplomacy: {
      label: 'Дипломатия',
      description: 'Визит, встречи министров, соглашения и расхождения во взглядах.',
    },
  },
  claims: {
    'putin-visit': { title: 'Короткий визит Путина в Индию' },
    agreements: { title: 'Соглашения ожидаются в шести областях' },
    'ak-203': { title: 'Производство автоматов АК-203' },
    relos: { title: 'Соглашение о логистике RELOS' },
    's-400': { title: 'С-400 и стратегическая автономия' },
    'two-plus-two': { title: 'Первый диалог Индия — Россия в формате 2+2' },
    'indo-pacific': { title: 'Расхождения по Quad и Индо-Тихоокеанскому региону' },
    'chennai-vladivostok': { title: 'Морской путь Ченнаи — Владивосток' },
    'far-east-investment': { title: 'Индийские инвестиции на Дальнем Востоке' },
    'vibrant-gujarat': { title: 'Губернаторы приглашены на Vibrant Gujarat' },
    'investment-target': { title: 'Инвестиционная цель повышена до 50 млрд долларов' },
    ministers: { title: 'Встречи министров и совместное заявление' },
  },

  presets: {
    overview: {
      title: 'Обзор',
      description:
        'От Индии до Дальнего Востока России: весь коридор и регионы, которые он обслуживает.',
    },
    corridor: {
      title: 'Коридор Ченнаи — Владивосток',
      description: 'Восточный морской путь из Ченнаи через Малаккский пролив во Владивосток.',
    },
    comparison: {
      title: 'Коридор и маршрут через Суэц',
      description:
        'Восточный коридор рядом с западным маршрутом из Мумбаи через Суэц в Санкт-Петербург.',
    },
    malacca: {
      title: 'Малаккский пролив',
      description: 'Узкое место коридора между Суматрой и Малайзией, до Сингапура.',
    },
    'far-east': {
      title: 'Дальний Восток России',
      description: '11 регионов Дальневосточного федерального округа, от Бурятии до Чукотки.',
    },
    vladivostok: {
      title: 'Владивосток и Приморье',
      description: 'Восточный конец коридора: Владивосток и Приморский край.',
    },
  },
  places: {
    'new-delhi': 'Нью-Дели',
    chennai: 'Ченнаи',
    vladivostok: 'Владивосток',
    gujarat: 'Гуджарат',
    'russian-far-east': 'Дальний Восток России',
  },
};
