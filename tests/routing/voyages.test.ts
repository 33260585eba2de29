/**
 * Voyages (issue #30) on the shipped network: stops (each leg a plain route, the total their
 * sum), draft limits, the Northern Sea Route's season, forced passages and the refusals, each
 * said in words.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DRAFT_LIMITS, SEASONS } from '../../src/lib/routing/passage-limits';
import { createSeaRouter, decodeNetwork, parsePorts } from '../../src/lib/routing/index';
import type { Endpoint, Voyage, VoyageOptions } from '../../src/lib/routing/route';
import { NETWORK_PATH, PORTS_PATH, loadSeaRouter } from '../../scripts/lib/load-network';

const router = loadSeaRouter();

/**
 * New York City as the NGA World Port Index (Pub. 150) places it (../shared/data/wpi_pub150.csv,
 * row "New York City": 40.7, −74.016667); the 47-port catalogue has no New York.
 */
const NEW_YORK: Endpoint = [-74.016667, 40.7];

function voyage(from: Endpoint, to: Endpoint, options: VoyageOptions = {}): Voyage {
  const r = router.findVoyage(from, to, options);
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`);
  return r.route;
}

function refused(from: Endpoint, to: Endpoint, options: VoyageOptions) {
  const r = router.findVoyage(from, to, options);
  if (r.ok) throw new Error(`expected a refusal, got ${r.route.km} km`);
  return r.error;
}

describe('stops', () => {
  const v = voyage('chennai', 'vladivostok', { via: ['colombo', 'singapore'] });

  it('Chennai → Vladivostok via Colombo and Singapore: three legs whose sum is the total', () => {
    expect(v.legs.map((l) => [l.origin.port?.id, l.destination.port?.id])).toEqual([
      ['chennai', 'colombo'],
      ['colombo', 'singapore'],
      ['singapore', 'vladivostok'],
    ]);
    const sum = v.legs.reduce((s, l) => s + l.km, 0);
    expect(v.km).toBeCloseTo(sum, 9);
    expect(v.nm).toBeCloseTo(sum / 1.852, 9);
    expect(v.networkKm).toBeCloseTo(
      v.legs.reduce((s, l) => s + l.networkKm, 0),
      9,
    );
    // Calling at Colombo and Singapore is longer than the direct voyage.
    expect(v.km).toBeGreaterThan(voyage('chennai', 'vladivostok').km);
  });

  it('each leg is the plain route between its ends', () => {
    for (const leg of v.legs) {
      const plain = router.findSeaRoute(leg.origin.port!.id, leg.destination.port!.id);
      expect(plain.ok && plain.route).toEqual(leg);
    }
  });

  it('the total runs end to end and lists each passage once, in order', () => {
    expect(v.coordinates[0]).toEqual(v.legs[0]!.coordinates[0]);
    expect(v.coordinates.at(-1)).toEqual(v.legs[2]!.coordinates.at(-1));
    expect(v.passages).toEqual(['malacca']);
    expect(v.origin.port?.id).toBe('chennai');
    expect(v.destination.port?.id).toBe('vladivostok');
  });

  it('without options, a voyage is the plain route, in one leg', () => {
    const plain = router.findSeaRoute('chennai', 'vladivostok');
    const one = voyage('chennai', 'vladivostok');
    expect(plain.ok && plain.route.km).toBe(one.km);
    expect(plain.ok && plain.route.coordinates).toEqual(one.coordinates);
    expect(one.legs).toHaveLength(1);
    expect([one.closedBy, one.portDraftFlags, one.cautions, one.through]).toEqual([[], [], [], []]);
  });

  it('refuses more than eight stops, and names a stop it cannot find', () => {
    const nine = Array.from({ length: 9 }, () => 'colombo');
    expect(refused('chennai', 'vladivostok', { via: nine })).toMatchObject({
      code: 'invalid-option',
      message: expect.stringContaining('at most 8 stops'),
    });
    expect(refused('chennai', 'vladivostok', { via: ['colombo', 'atlantis'] })).toMatchObject({
      code: 'unknown-port',
      message: expect.stringContaining('stop 2'),
    });
  });
});

describe('draft', () => {
  it('Shanghai → New York at 16 m avoids the Panama Canal and says why, with the sourced figure', () => {
    const deep = voyage('shanghai', NEW_YORK, { draftM: 16 });
    expect(deep.passages).not.toContain('panama');
    expect(deep.closedBy).toEqual([
      {
        id: 'panama',
        by: 'draft',
        reason: 'Panama Canal, Neopanamax locks: 15.2 m, less than the 16 m draft',
        source: expect.stringContaining('https://'),
      },
    ]);
    expect(deep.closed).toContain('panama');
    expect(deep.draftM).toBe(16);
  });

  it('Shanghai → New York at 12 m goes through the Panama Canal', () => {
    const v = voyage('shanghai', NEW_YORK, { draftM: 12 });
    expect(v.passages).toContain('panama');
    expect(v.closedBy).toEqual([]);
  });

  it('a draft equal to a limit passes; just above it does not', () => {
    const limit = DRAFT_LIMITS.panama!.metres;
    expect(voyage('shanghai', NEW_YORK, { draftM: limit }).passages).toContain('panama');
    expect(voyage('shanghai', NEW_YORK, { draftM: limit + 0.1 }).passages).not.toContain('panama');
  });

  it('a voyage left with no way answers no-route with the reasons in words', () => {
    // The Black Sea to the Red Sea: through Suez, or out by Gibraltar round Africa.
    const e = refused('novorossiysk', 'jeddah', { draftM: 21, avoid: ['gibraltar'] });
    expect(e.code).toBe('no-route');
    expect(e.message).toContain('Suez Canal: 20.1 m, less than the 21 m draft');
    expect(e.closedBy?.map((c) => c.id)).toEqual(['suez', 'panama']);
  });

  it('flags a port whose maximum vessel draft is below the ship’s, without refusing it', () => {
    const network = decodeNetwork(JSON.parse(readFileSync(NETWORK_PATH, 'utf8')));
    const ports = parsePorts(JSON.parse(readFileSync(PORTS_PATH, 'utf8'))).map((p) =>
      p.id === 'colombo'
        ? { ...p, maxDraftM: 12.5 }
        : p.id === 'singapore'
          ? { ...p, maxDraftM: 16 }
          : p,
    );
    const withDrafts = createSeaRouter(network, ports);
    const r = withDrafts.findVoyage('chennai', 'vladivostok', {
      via: ['colombo', 'singapore'],
      draftM: 14,
    });
    expect(r.ok).toBe(true);
    expect(r.ok && r.route.portDraftFlags).toEqual([
      {
        stop: 1,
        port: 'colombo',
        name: 'Colombo',
        maxDraftM: 12.5,
        message: 'Colombo: maximum vessel draft 12.5 m, less than the 14 m draft',
      },
    ]);
    const noDraft = withDrafts.findVoyage('chennai', 'vladivostok', { via: ['colombo'] });
    expect(noDraft.ok && noDraft.route.portDraftFlags).toEqual([]);
  });

  it('refuses a draft that is not a positive number', () => {
    for (const draftM of [0, -3, Number.NaN, Infinity]) {
      expect(refused('chennai', 'vladivostok', { draftM }).code).toBe('invalid-option');
    }
  });
});

describe('season', () => {
  const nsr: VoyageOptions = { open: ['northeast'] };

  it('Murmansk → Vladivostok in February goes another way and says why', () => {
    const v = voyage('murmansk', 'vladivostok', { ...nsr, month: 2 });
    expect(v.passages).not.toContain('northeast');
    expect(v.closedBy).toHaveLength(1);
    expect(v.closedBy[0]).toMatchObject({ id: 'northeast', by: 'season' });
    expect(v.closedBy[0]!.reason).toBe(
      'Northern Sea Route: closed in February to ships without ice class, allowed July to 15 ' +
        `November (${SEASONS.northeast!.rules})`,
    );
    expect(v.closedBy[0]!.source).toContain(SEASONS.northeast!.source.url);
  });

  it('Murmansk → Vladivostok in August goes through the Northern Sea Route', () => {
    const v = voyage('murmansk', 'vladivostok', { ...nsr, month: 8 });
    expect(v.passages).toContain('northeast');
    expect(v.closedBy).toEqual([]);
    expect(v.cautions).toHaveLength(1);
    expect(v.cautions[0]).toContain('cannot check');
  });

  it('in November the route is open, with the closing date as a caution', () => {
    const v = voyage('murmansk', 'vladivostok', { ...nsr, month: 11 });
    expect(v.passages).toContain('northeast');
    expect(v.cautions[0]).toContain('only until 15 November');
  });

  it('no month: today’s behaviour, unchanged', () => {
    const plain = router.findSeaRoute('murmansk', 'vladivostok', nsr);
    expect(plain.ok && plain.route.km).toBe(voyage('murmansk', 'vladivostok', nsr).km);
  });

  it('a closed-by-default route is not listed as closed by the season', () => {
    expect(voyage('murmansk', 'vladivostok', { month: 2 }).closedBy).toEqual([]);
  });

  it('refuses a month outside 1–12', () => {
    for (const month of [0, 13, 2.5]) {
      expect(refused('murmansk', 'vladivostok', { month }).code).toBe('invalid-option');
    }
  });
});

describe('forced passages', () => {
  it('Mumbai → St Petersburg through "cape" is refused in words: the Cape is not a passage', () => {
    const e = refused('mumbai', 'st-petersburg', { through: ['cape' as never] });
    expect(e.code).toBe('invalid-option');
    expect(e.message).toContain('"cape" is not a passage');
    expect(e.message).toContain('Cape of Good Hope is open sea');
  });

  it('a passage both forced and avoided is refused in words', () => {
    const e = refused('mumbai', 'st-petersburg', { through: ['suez'], avoid: ['suez'] });
    expect(e).toMatchObject({ code: 'invalid-option' });
    expect(e.message).toContain('both forced (through) and avoided: suez');
  });

  it('forcing a passage closed by default opens it', () => {
    const v = voyage('rotterdam', 'st-petersburg', { through: ['kiel'] });
    expect(v.passages).toContain('kiel');
    expect(v.through).toEqual(['kiel']);
    expect(voyage('rotterdam', 'st-petersburg').passages).not.toContain('kiel');
  });

  it('a forced passage closed by the draft or the season leaves no route, said in words', () => {
    const e = refused('rotterdam', 'st-petersburg', { through: ['kiel'], draftM: 10 });
    expect(e.code).toBe('no-route');
    expect(e.message).toBe(
      'the route must pass Kiel Canal, but it is closed: Kiel Canal: 9.5 m, less than the 10 m draft',
    );
    const winter = refused('murmansk', 'vladivostok', { through: ['northeast'], month: 1 });
    expect(winter.message).toContain('must pass Northern Sea Route');
  });

  it('Chennai → Vladivostok through Suez turns back through the canal: longer, but as asked', () => {
    const v = voyage('chennai', 'vladivostok', { through: ['suez'] });
    expect(v.passages).toContain('suez');
    expect(v.km).toBeGreaterThan(2 * voyage('chennai', 'port-said').km);
  });

  it('with stops, a forced passage is passed on the leg that makes the voyage shortest', () => {
    const options = { via: ['singapore'], through: ['sunda' as const] };
    const v = voyage('chennai', 'vladivostok', options);
    const leg = (from: string, to: string, forced: boolean) =>
      voyage(from, to, forced ? { through: ['sunda'] } : {}).km;
    const best = Math.min(
      leg('chennai', 'singapore', true) + leg('singapore', 'vladivostok', false),
      leg('chennai', 'singapore', false) + leg('singapore', 'vladivostok', true),
    );
    expect(v.km).toBeCloseTo(best, 6);
    expect(v.passages).toContain('sunda');
  });

  it('refuses more than three forced passages', () => {
    const e = refused('chennai', 'vladivostok', {
      through: ['suez', 'panama', 'kiel', 'corinth'],
    });
    expect(e.message).toContain('at most 3 passages');
  });
});
