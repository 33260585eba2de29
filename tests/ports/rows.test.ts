import { describe, expect, it } from 'vitest';
import { assignIds } from '../../scripts/lib/wpi/ids';
import {
  dedupeRows,
  repeatedLocodes,
  swappedAmongNeighbours,
  type WpiPort,
} from '../../scripts/lib/wpi/rows';

const port = (p: Partial<WpiPort> & { wpi: number; name: string }): WpiPort => ({
  aliases: [],
  country: 'IN',
  lon: 80,
  lat: 13,
  ...p,
});

describe('WPI row rules', () => {
  it('merges rows that repeat a WPI number, keeping the fuller one and both names', () => {
    const { rows, repeated } = dedupeRows([
      port({ wpi: 400, name: 'Seydhisfjordhur', country: 'IS', size: 'small', locode: 'ISSEY' }),
      port({ wpi: 1, name: 'Other' }),
      port({ wpi: 400, name: 'Seydisfjordur', country: 'IS' }),
    ]);
    expect(repeated).toEqual([400]);
    expect(rows.map((r) => r.wpi)).toEqual([400, 1]);
    expect(rows[0]).toMatchObject({ name: 'Seydhisfjordhur', aliases: ['Seydisfjordur'] });
  });

  it('gives a repeated LOCODE to the larger harbour (INKRI: Kattupalli, not Krishnapatnam)', () => {
    const rows = [
      port({ wpi: 49455, name: 'Krishnapatnam', locode: 'INKRI', maxLengthM: 318 }),
      port({ wpi: 49454.5, name: 'Kattupalli Port', locode: 'INKRI', size: 'large' }),
      port({ wpi: 49450, name: 'Chennai', locode: 'INMAA', size: 'large' }),
    ];
    const repeats = repeatedLocodes(rows);
    expect(repeats).toEqual([{ locode: 'INKRI', owner: 49454.5, others: [49455] }]);
    const ids = assignIds(rows, new Map([[49450, 'chennai']]), repeats);
    expect(Object.fromEntries(ids)).toEqual({
      49455: 'wpi-49455',
      49454.5: 'inkri',
      49450: 'chennai',
    });
  });

  it('breaks a tie of sizes by the longer ship, then the lower WPI number', () => {
    const rows = [
      port({ wpi: 2, name: 'B', locode: 'XXAAA', size: 'small', maxLengthM: 200 }),
      port({ wpi: 1, name: 'A', locode: 'XXAAA', size: 'small', maxLengthM: 100 }),
      port({ wpi: 3, name: 'C', locode: 'XXAAA', size: 'small', maxLengthM: 200 }),
    ];
    expect(repeatedLocodes(rows)[0]).toEqual({ locode: 'XXAAA', owner: 2, others: [3, 1] });
  });

  it('swaps back a position given the wrong way round, far from the rest of its country', () => {
    const rows = [
      port({ wpi: 1, name: 'A', country: 'NO', lon: 5.3, lat: 60.4 }),
      port({ wpi: 2, name: 'B', country: 'NO', lon: 10.7, lat: 59.9 }),
      // Given as lon 58.97, lat 5.73: the Arabian Sea, 5,000 km from any Norwegian port.
      port({ wpi: 3, name: 'Stavanger', country: 'NO', lon: 58.97, lat: 5.73 }),
      // Far from its compatriots but not swapped: swapping it back helps nothing.
      port({ wpi: 4, name: 'Longyearbyen', country: 'NO', lon: 15.6, lat: 78.2 }),
    ];
    const { rows: out, swapped } = swappedAmongNeighbours(rows);
    expect(swapped).toEqual([3]);
    expect(out[2]).toMatchObject({ lon: 5.73, lat: 58.97 });
    expect(out[3]).toMatchObject({ lon: 15.6, lat: 78.2 });
  });
});
