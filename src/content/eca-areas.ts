/**
 * The Emission Control Areas of the atlas (issue #32; docs/eca.md), each with its rule, dates and
 * the texts they were read in: split from ecas.ts so that only what needs them (the map's card,
 * the km measure, the build) loads them, not the opening view.
 */
import { ECA_RULES, ECA_SULPHUR_LIMIT_PCT, type EcaArea, type EcaId, type EcaSource } from './ecas';

const EFFECT_TABLE: EcaSource = {
  title: 'MARPOL Annex VI: Prevention of air pollution by ships: Emission Control Areas',
  readIn: 'http://lngbunkering.org/lng/regulations/IMO-regulations/emission-control-areas',
  quote:
    'Emissions In effect from Baltic Sea SOx 19 May 2006 North Sea SOx 22 November 2007 North ' +
    'American SOx, NOx 1 August 2012 United States Caribbean Sea ECA SOx, NOx 1 January 2014',
};

const LEGIFRANCE_A7: EcaSource = {
  title:
    'Arrêté du 23 novembre 1987 relatif à la sécurité des navires, Article Annexe 213-6.A.7 ' +
    '(French law reproducing MARPOL Annex VI, appendix VII: MEPC.190(60), MEPC.202(62))',
  readIn:
    'etalab/lois-non-codifiees-et-reglements-francais arrete/1988/' +
    'arrete-du-23-novembre-1987-merr8700184a/reglement-general/livre-ii/division-213/' +
    'chapitre-213-6/annexes/article-annexe-213-6-a-7.md (commit b417c65b; the North American ' +
    'tables also at commit 87e994bd)',
  quote:
    'la zone maritime située au large des côtes Pacifique des Etats-Unis et du Canada, ' +
    'délimitée par les lignes géodésiques reliant les points géographiques suivants',
};

export const ECAS: Record<EcaId, EcaArea> = {
  'baltic-sea': {
    id: 'baltic-sea',
    name: 'Baltic Sea ECA',
    sulphurLimitPct: ECA_SULPHUR_LIMIT_PCT,
    regulation:
      'MARPOL Annex VI reg. 14.3.1: the Baltic Sea area as defined in reg. 1.11.2 of Annex I',
    inForce: '2006-05-19',
    sulphurLimitFrom: '2015-01-01',
    boundarySource: {
      title: 'MARPOL Annex I, regulation 1.11.2 (special areas)',
      readIn:
        'http://maritimelawmarineengineer.blogspot.com/p/special-area-means-sea-area-where-for.html',
      quote:
        'the Baltic Sea area means the Baltic Sea proper with the Gulf of Bothnia, the Gulf of ' +
        'Finland and the entrance to the Baltic Sea bounded by the parallel of the Skaw in the ' +
        "Skagerrak at 57°44.8' N",
    },
    dateSources: [EFFECT_TABLE, ECA_RULES.limitDate],
  },
  'north-sea': {
    id: 'north-sea',
    name: 'North Sea ECA',
    sulphurLimitPct: ECA_SULPHUR_LIMIT_PCT,
    regulation:
      'MARPOL Annex VI reg. 14.3.2: the North Sea area as defined in reg. 1.14.6 of Annex V',
    inForce: '2007-11-22',
    sulphurLimitFrom: '2015-01-01',
    boundarySource: {
      title:
        'MARPOL Annex V, regulation 1.14.6, resolution MEPC.201(62) (Revised MARPOL Annex V), ' +
        '15 July 2011',
      readIn: 'https://iadclexicon.org/north-sea-area/',
      quote:
        'The North Sea area means the North Sea proper including seas therein with the boundary ' +
        'between: .1 the North Sea southwards of latitude 62º N and eastwards of longitude 4º W; ' +
        '.2 the Skagerrak, the southern limit of which is determined east of the Skaw by ' +
        'latitude 57º 44.8΄ N; and .3 the English Channel and its approaches eastwards of ' +
        'longitude 5º W and northwards of latitude 48º 30΄ N.',
    },
    dateSources: [EFFECT_TABLE, ECA_RULES.limitDate],
  },
  'north-american': {
    id: 'north-american',
    name: 'North American ECA',
    sulphurLimitPct: ECA_SULPHUR_LIMIT_PCT,
    regulation:
      'MARPOL Annex VI reg. 14.3.3 and appendix VII (resolution MEPC.190(60)): Pacific, ' +
      'Atlantic and Gulf of Mexico, and Hawaiian areas',
    inForce: '2012-08-01',
    sulphurLimitFrom: '2015-01-01',
    boundarySource: LEGIFRANCE_A7,
    dateSources: [EFFECT_TABLE, ECA_RULES.limitDate],
  },
  'us-caribbean': {
    id: 'us-caribbean',
    name: 'United States Caribbean Sea ECA',
    sulphurLimitPct: ECA_SULPHUR_LIMIT_PCT,
    regulation:
      'MARPOL Annex VI reg. 14.3.4 and appendix VII (resolution MEPC.202(62)): Puerto Rico ' +
      'and the United States Virgin Islands',
    inForce: '2014-01-01',
    sulphurLimitFrom: '2015-01-01',
    boundarySource: {
      ...LEGIFRANCE_A7,
      quote:
        'La zone maritime caraïbe des Etats-Unis comprend : .1 la zone maritime située au large ' +
        "des côtes atlantique et caraïbe de l'Etat libre associé de Porto Rico et des îles " +
        'Vierges des Etats-Unis qui est délimitée par les lignes géodésiques reliant les ' +
        'coordonnées suivantes',
    },
    dateSources: [EFFECT_TABLE, ECA_RULES.limitDate],
  },
  mediterranean: {
    id: 'mediterranean',
    name: 'Mediterranean Sea ECA',
    sulphurLimitPct: ECA_SULPHUR_LIMIT_PCT,
    regulation:
      'MARPOL Annex VI reg. 14.3.5 (resolution MEPC.361(79); designation in force 1 May 2024, ' +
      'first year exempt by reg. 14.7)',
    inForce: '2025-05-01',
    sulphurLimitFrom: '2025-05-01',
    boundarySource: {
      title:
        'Government of Slovenia, "Sulphur content in fuel oil used on board in the ' +
        'Mediterranean Sea from 1. May 2025" (11 February 2025), citing MEPC.361(79)',
      readIn:
        'https://gov.si/en/news/2025-02-11-sulphur-content-in-fuel-oil-used-on-board-in-the-mediterranean-sea-from-1-may-2025',
      quote:
        'the Mediterranean Sea Emission Control Area for Sulphur Oxides and Particulate Matter ' +
        'includes all waters bounded by the coasts of Europe, Africa and Asia, and is described ' +
        'by the following coordinates: 1. the western entrance to the Straits of Gibraltar, ' +
        "defined as a line joining the extremities of Cape Trafalgar, Spain (36°11'.00 N, " +
        "6°02'.00 W) and Cape Spartel, Morocco (35°48'.00 N, 5°55'.00 W); 2. the Strait of " +
        "Canakkale, defined as a line joining Mehmetcik Burnu (40°03'.00 N, 26°11'.00 E) and " +
        "Kumkale Burnu (40°01'.00 N, 26°12'.00 E); and 3. the northern entrance to the Suez " +
        'Canal excluding the area enclosed by geodesic lines connecting points 1-4 with the ' +
        "following coordinates: 1 | 31°29'.00 N | 32°16'.00 E | 2 | 31°29'.00 N | 32°28'.48 E " +
        "| 3 | 31°14'.00 N | 32°32'.62 E | 4 | 31°14'.00 N | 32°16'.00 E",
    },
    dateSources: [
      {
        title: 'Government of Slovenia, news of 11 February 2025 (as above)',
        readIn:
          'https://gov.si/en/news/2025-02-11-sulphur-content-in-fuel-oil-used-on-board-in-the-mediterranean-sea-from-1-may-2025',
        quote:
          'From that date all ships subject to MARPOL Annex VI and operating in the ' +
          'Mediterranean Sea are, in principle, required to use on board fuel oils with a ' +
          'sulphur content of maximum 0,10% m/m',
      },
      {
        title: 'ABS, Regulatory updates: Emission Control Areas',
        readIn:
          'https://ww2.eagle.org/en/rules-and-resources/regulatory-updates/emission-control-areas.html',
        quote:
          'Designation of the Mediterranean Sea as an ECA entered into force on May 1, 2024, ' +
          'with a one-year grace period on implementation, set to ensure a smooth transition - ' +
          'SOx limit of 0.1% m/m to be fully enforced starting May 1, 2025.',
      },
    ],
  },
};
