/**
 * The route command's voyage flags (issue #30): --via, --through, --draft, --month, their JSON
 * (legs, closedBy with reasons and sources, port calls) and their refusals (one line, exit 2).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_FUEL, FUELS } from '../../src/content/fuels';
import { DEFAULT_VESSEL, VESSELS } from '../../src/content/vessels';
import { voyageCost } from '../../src/lib/costs/model';
import { DRAFT_LIMITS } from '../../src/lib/routing/passage-limits';
import { routeCli as cli, routeJson as json } from '../route-cli';

/** New York City in the NGA World Port Index (lat 40.7, lon −74.016667); not in the 47 ports. */
const NEW_YORK = '-74.016667,40.7';

describe('npm run route with voyage flags', () => {
  it('--via: one leg per stop, the total their sum, the allowance per port call', () => {
    const plain = json('--from', 'chennai', '--to', 'vladivostok', '--allowance', '1');
    const out = json(
      '--from',
      'chennai',
      '--to',
      'vladivostok',
      '--via',
      'colombo,singapore',
      '--allowance',
      '1',
    );
    expect(out.legs.map((l: { from: string; to: string }) => `${l.from}-${l.to}`)).toEqual([
      'chennai-colombo',
      'colombo-singapore',
      'singapore-vladivostok',
    ]);
    const sum = out.legs.reduce((s: number, l: { km: number }) => s + l.km, 0);
    expect(Math.abs(out.km - sum)).toBeLessThanOrEqual(0.15); // each leg rounded to 0.1 km
    expect(out.portCalls).toBe(3);
    expect(out.assumptions).toContain(
      'Allowance: 1 days per port call × 3 calls (each stop and the destination).',
    );
    // Fuel: sea days over the whole length, the in-port load for 1 day × 3 calls.
    const model = voyageCost({
      nm: out.nm,
      vessel: VESSELS[DEFAULT_VESSEL],
      fuel: FUELS[DEFAULT_FUEL],
      knots: 14,
      allowanceDays: 3,
    });
    expect(out.fuelTonnes).toBeCloseTo(model.fuelT, 0);
    expect(plain.portCalls).toBe(1);
    expect(plain.legs).toHaveLength(1);
  });

  it('--draft 16: Shanghai → New York leaves out the Panama Canal and the JSON says why', () => {
    const deep = json('--from', 'shanghai', '--to', NEW_YORK, '--draft', '16');
    expect(deep.passages).not.toContain('panama');
    expect(deep.draftM).toBe(16);
    expect(deep.closedBy).toEqual([
      {
        passage: 'panama',
        by: 'draft',
        reason: 'Panama Canal, Neopanamax locks: 15.2 m, less than the 16 m draft',
        source: expect.stringContaining(DRAFT_LIMITS.panama!.source.url),
      },
    ]);
    const shallow = json('--from', 'shanghai', '--to', NEW_YORK, '--draft', '12');
    expect(shallow.passages).toContain('panama');
    expect(shallow.closedBy).toEqual([]);
  });

  it('--month: Murmansk → Vladivostok with the NSR opened goes another way in February', () => {
    const feb = json(
      '--from',
      'murmansk',
      '--to',
      'vladivostok',
      '--open',
      'northeast',
      '--month',
      '2',
    );
    expect(feb.passages).not.toContain('northeast');
    expect(feb.closedBy[0]).toMatchObject({ passage: 'northeast', by: 'season' });
    expect(feb.closedBy[0].reason).toContain('closed in February to ships without ice class');
    const aug = json(
      '--from',
      'murmansk',
      '--to',
      'vladivostok',
      '--open',
      'northeast',
      '--month',
      '8',
    );
    expect(aug.passages).toContain('northeast');
    expect(aug.month).toBe(8);
    expect(aug.cautions).toHaveLength(1);
  });

  it('--through opens and forces a passage; the JSON lists it', () => {
    const out = json('--from', 'rotterdam', '--to', 'st-petersburg', '--through', 'kiel');
    expect(out.passages).toContain('kiel');
    expect(out.through).toEqual(['kiel']);
  });

  it('refuses in one line, exit 2: the Cape (not a passage), a forced and avoided passage, bad numbers', () => {
    for (const [args, words] of [
      [['--through', 'cape'], 'is not a passage'],
      [['--through', 'suez', '--avoid', 'suez'], 'both forced (through) and avoided'],
      [['--draft', 'deep'], '--draft must be a number of metres'],
      [['--draft', '0'], '--draft must be a number of metres'],
      [['--draft', '31'], '--draft must be a number of metres'],
      [['--month', '13'], '--month must be a whole number from 1 to 12'],
      [['--month', '2.5'], '--month must be a whole number'],
      [['--via', 'atlantis'], 'no port "atlantis"'],
    ] as const) {
      const r = cli('--from', 'mumbai', '--to', 'st-petersburg', ...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n'), args.join(' ')).toHaveLength(1);
      expect(r.err, args.join(' ')).toContain(words);
    }
  });

  it('exits 1 with the reasons when the draft leaves no way', () => {
    const r = cli(
      '--from',
      'novorossiysk',
      '--to',
      'jeddah',
      '--draft',
      '21',
      '--avoid',
      'gibraltar',
    );
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain('Suez Canal: 20.1 m, less than the 21 m draft');
  });

  it('--help describes the voyage flags and every limit with its source', () => {
    const r = cli('--help');
    expect(r.code).toBe(0);
    for (const flag of ['--via', '--through', '--draft', '--month']) expect(r.out).toContain(flag);
    for (const limit of Object.values(DRAFT_LIMITS)) expect(r.out).toContain(limit.source.url);
    expect(r.out).toContain('July to 15 November');
  });
});
