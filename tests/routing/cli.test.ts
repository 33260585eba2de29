import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/io';
import { DEFAULT_FUEL, FUELS } from '../../src/content/fuels';
import { DEFAULT_VESSEL, VESSEL_IDS, VESSELS } from '../../src/content/vessels';
import { voyageCost } from '../../src/lib/costs/model';
import { routeCli as cli } from '../route-cli';

describe('the route command, as a process', () => {
  it('prints JSON and exits 0, and exits 2 with one line on stderr for a bad argument', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/route-cli.ts', ...args], {
        cwd: repoRoot,
        encoding: 'utf8',
      });
    const ok = run('--from', 'chennai', '--to', 'vladivostok');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).to).toBe('vladivostok');
    const bad = run('--from', 'chennai', '--to', 'atlantis');
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('npm run route', () => {
  it('prints km, nm, passages and days at the given speed', () => {
    const r = cli(
      '--from',
      'chennai',
      '--to',
      'vladivostok',
      '--avoid',
      'malacca',
      '--speed',
      '14',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.from).toBe('chennai');
    expect(out.passages).not.toContain('malacca');
    expect(out.nm).toBeCloseTo(out.km / 1.852, 0);
    expect(out.days).toBeCloseTo(out.nm / (14 * 24), 1);
    expect(out.assumptions.length).toBeGreaterThan(0);
  });

  it('opens the Northern Sea Route on request', () => {
    const out = JSON.parse(
      cli('--from', 'murmansk', '--to', 'vladivostok', '--open', 'northeast').out,
    );
    expect(out.passages).toContain('northeast');
  });

  it('adds fuel and CO₂ for the default vessel and fuel, and no cost without --price', () => {
    const r = cli('--from', 'chennai', '--to', 'vladivostok', '--allowance', '2');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect([out.vessel, out.fuel, out.allowanceDays]).toEqual([DEFAULT_VESSEL, DEFAULT_FUEL, 2]);
    const model = voyageCost({
      nm: out.nm,
      vessel: VESSELS[DEFAULT_VESSEL],
      fuel: FUELS[DEFAULT_FUEL],
      knots: 14,
      allowanceDays: 2,
    });
    expect(out.fuelTonnes).toBeCloseTo(model.fuelT, 0);
    expect(out.co2Tonnes).toBeCloseTo(model.co2T, 0);
    expect(out).not.toHaveProperty('costUsd');
    expect(out.perUnit.unit).toBe('TEU');
    // 14 kn is 56 % of the 5,000 TEU ship's 25.1 kn design speed: flagged.
    expect(out.speedWarning).toBe(true);
  });

  it('prices the voyage with --price, for any vessel and fuel', () => {
    const r = cli(
      ...['--from', 'chennai', '--to', 'vladivostok', '--speed', '13'],
      ...['--vessel', 'tanker-aframax', '--fuel', 'lng', '--price', '600'],
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.co2Tonnes / out.fuelTonnes).toBeCloseTo(2.75, 2);
    expect(Math.abs(out.costUsd - out.fuelTonnes * 600)).toBeLessThan(60); // fuel rounded to 0.1 t
    expect(out.perUnit).toBeNull();
    expect(out.speedWarning).toBe(false); // 13 ÷ 15.7 = 0.83
  });

  it('lists the vessel catalogue with fuel per day, capacity and sources', () => {
    const r = cli('--list-vessels');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out);
    expect(list.map((v: { id: string }) => v.id)).toEqual([...VESSEL_IDS]);
    const box = list.find((v: { id: string }) => v.id === 'container-5000');
    // 37,000 kW × 195 g/kWh × 24 h ÷ 10⁶ = 173.16 t/day.
    expect(box.fuelTonnesPerDay.hfo.mainAtDesignSpeed).toBe(173.16);
    expect(box.designSpeedKn).toBe(25.1);
    expect(box.capacity).toEqual({ value: 5000, unit: 'TEU' });
    for (const v of list) {
      expect(v.name).toBeTruthy();
      expect(v.sources.length).toBeGreaterThan(0);
      expect(Object.keys(v.fuelTonnesPerDay)).toEqual(['hfo', 'lfo', 'mgo', 'lng']);
    }
  });

  it('exits 2 with one line for bad arguments', () => {
    for (const args of [
      ['--from', 'chennai'],
      ['--from', 'chennai', '--to', 'atlantis'],
      ['--from', 'chennai', '--to', 'vladivostok', '--avoid', 'nowhere'],
      ['--from', 'chennai', '--to', 'vladivostok', '--speed', 'fast'],
      ['--to', 'chennai', '--from', '37.62,55.75'],
      ['--bogus', '1'],
    ]) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it.each([
    [
      'an unknown vessel or fuel, or --list-vessels with other arguments',
      [
        ['--vessel', 'yacht'],
        ['--fuel', 'coal'],
        ['--list-vessels', '--from', 'chennai'],
      ],
    ],
    [
      'a refused price or allowance',
      [
        ['--price', '0'],
        ['--price', 'cheap'],
        ['--price', '20000'],
        ['--allowance', '-1'],
      ],
    ],
  ])('exits 2 with one line for %s', (_, cases) => {
    for (const extra of cases) {
      const args =
        extra[0] === '--list-vessels'
          ? extra
          : ['--from', 'chennai', '--to', 'vladivostok', ...extra];
      const r = cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });

  it('exits 2, not with a stack trace, for a flag named like an object property (--constructor)', () => {
    const r = cli('--constructor', '1');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('npm run route with the World Port Index (issue #28)', () => {
  it('takes a UN/LOCODE or a name for --from and --to, and names the ports in the JSON', () => {
    const r = cli('--from', 'INMAA', '--to', 'Santos');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect([out.from, out.to]).toEqual(['chennai', 'brssz']);
    expect(out.ports.destination).toEqual({
      id: 'brssz',
      name: 'Santos',
      country: 'BR',
      locode: 'BRSSZ',
    });
    expect(out.ports.origin.locode).toBe('INMAA');
  });

  it('prints the candidates of an ambiguous name, with LOCODE and country, and exits 2', () => {
    const r = cli('--from', 'Vancouver', '--to', 'busan');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('cavan = Vancouver (CAVAN, Canada)');
    expect(r.err).toContain('usvan = Vancouver (USVAN, United States)');
  });

  it('gives the nearest matches, in words, for an unknown port', () => {
    const r = cli('--from', 'chennai', '--to', 'Santso');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/no port "Santso"; nearest matches: brssz = Santos \(BRSSZ, Brazil\)/);
  });

  it('--find lists matches (id, name, country, LOCODE, harbour size) as JSON, best first', () => {
    const r = cli('--find', 'santos');
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out);
    expect(list[0]).toEqual({
      id: 'brssz',
      name: 'Santos',
      country: 'BR',
      locode: 'BRSSZ',
      size: 'large',
    });
    expect(list.length).toBeGreaterThan(1);
    expect(cli('--find').code).toBe(2);
    expect(cli('--find', 'santos', '--from', 'chennai').code).toBe(2);
  });

  it('--list-ports prints the whole catalogue', () => {
    const list = JSON.parse(cli('--list-ports').out);
    expect(list).toHaveLength(3801);
    expect(list[0]).toMatchObject({ id: 'chennai', locode: 'INMAA', size: 'large' });
    expect(list.find((p: { id: string }) => p.id === 'usdlh').noRoute).toContain('Lake Superior');
  });

  it('says when an end’s approach is approximate, and how many km cross land', () => {
    const out = JSON.parse(cli('--from', 'milwaukee', '--to', 'rotterdam').out);
    expect(out.ports.origin.approximate.approachLandKm).toBeGreaterThan(100);
    expect(out.ports.origin.approximate.why).toContain('1:50m');
    expect(out.ports.destination.approximate).toBeUndefined();
  });

  it('says how a LOCODE the WPI repeats was resolved', () => {
    const out = JSON.parse(cli('--from', 'INKRI', '--to', 'singapore').out);
    expect(out.from).toBe('inkri');
    expect(out.ports.origin.note).toContain('resolved to the larger harbour, Kattupalli Port');
  });

  it('answers a port no lane reaches with no-route, the reason in words, exit 1', () => {
    const r = cli('--from', 'Duluth', '--to', 'rotterdam');
    expect(r.code).toBe(1);
    expect(r.err).toContain('no-route: origin: Duluth (Lake Superior) has no lane');
  });
});
