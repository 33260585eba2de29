/**
 * `npm run route` and Emission Control Areas (issue #32): the JSON gives the km inside each ECA
 * and, for a high-sulphur fuel without --scrubber, the fuel split; --scrubber takes no value.
 */
import { describe, expect, it } from 'vitest';
import { FUELS } from '../../src/content/fuels';
import { VESSELS } from '../../src/content/vessels';
import { voyageCost } from '../../src/lib/costs/model';
import { routeCli as cli, routeJson as json } from '../route-cli';

const suez = ['--from', 'mumbai', '--to', 'st-petersburg', '--allowance', '0'];

describe('npm run route and ECAs', () => {
  it('gives the km in each ECA, and HFO gives way to MGO inside them', () => {
    const out = json(...suez, '--price', '450');
    expect(out.ecas.map((e: { id: string }) => e.id)).toEqual([
      'baltic-sea',
      'north-sea',
      'mediterranean',
    ]);
    const sum = out.ecas.reduce((s: number, e: { km: number }) => s + e.km, 0);
    expect(out.ecaKm).toBeCloseTo(sum, 0);
    expect(out.ecaShare).toBeCloseTo(out.ecaKm / out.km, 2);
    const { outsideEcas, insideEcas } = out.fuelSplit;
    expect([outsideEcas.fuel, insideEcas.fuel]).toEqual(['hfo', 'mgo']);
    expect(insideEcas.nm).toBeCloseTo(out.ecaKm / 1.852, 0);
    expect(outsideEcas.fuelTonnes + insideEcas.fuelTonnes).toBeCloseTo(out.fuelTonnes, 0);
    expect(insideEcas.co2Tonnes / insideEcas.fuelTonnes).toBeCloseTo(3.206, 2);
    expect(insideEcas.priceUsdPerTonne).toBe(FUELS.mgo.defaultPrice.value);
    expect(outsideEcas.costUsd + insideEcas.costUsd).toBeCloseTo(out.costUsd, -1);
    expect(out.assumptions.join(' ')).toMatch(/reg\. 14\.4/);
  });

  it('with --scrubber keeps one fuel: the figures of HFO throughout', () => {
    const out = json(...suez, '--scrubber');
    expect(out.scrubber).toBe(true);
    expect(out).not.toHaveProperty('fuelSplit');
    const hfo = voyageCost({
      nm: out.nm,
      vessel: VESSELS['container-5000'],
      fuel: FUELS.hfo,
      knots: 14,
    });
    expect(out.fuelTonnes).toBeCloseTo(hfo.fuelT, 0);
  });

  it('never splits gas oil or LNG, and the corridor has no ECA km', () => {
    expect(json(...suez, '--fuel', 'mgo')).not.toHaveProperty('fuelSplit');
    expect(json(...suez, '--fuel', 'lng')).not.toHaveProperty('fuelSplit');
    const corridor = json('--from', 'chennai', '--to', 'vladivostok');
    expect([corridor.ecaKm, corridor.ecas, corridor.fuelSplit]).toEqual([0, [], undefined]);
  });

  it('exits 2 with one line when --scrubber is given a value', () => {
    const r = cli(...suez, '--scrubber', 'yes');
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
