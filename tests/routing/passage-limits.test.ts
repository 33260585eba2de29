/** The passage limits (src/lib/routing/passage-limits.ts): each sourced, each rule applied exactly. */
import { describe, expect, it } from 'vitest';
import {
  DRAFT_LIMITS,
  SEASONS,
  draftClosure,
  formatMetres,
  seasonCaution,
  seasonClosure,
} from '../../src/lib/routing/passage-limits';
import { PASSAGE_IDS } from '../../src/lib/routing/passages';
import { DRAFT_RANGE_M } from '../../src/lib/routing/voyage-limits';

describe('the limits catalogue', () => {
  const all = [...Object.values(DRAFT_LIMITS), ...Object.values(SEASONS)];

  it('cites every limit: title, publisher, date, an address and the figures as read', () => {
    for (const { source } of all) {
      expect(source.title.length).toBeGreaterThan(5);
      expect(source.publisher.length).toBeGreaterThan(5);
      expect(source.date).toMatch(/\d{4}/);
      expect(source.url).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]+\//);
      expect(source.says.length).toBeGreaterThan(20);
    }
  });

  it('has the published figures: Panama 15.2 m, Suez 66 ft, Kiel 9.5 m, Corinth 7.2 m', () => {
    expect(DRAFT_LIMITS.panama!.metres).toBe(15.2);
    expect(DRAFT_LIMITS.suez!.metres).toBeCloseTo(66 * 0.3048, 9);
    expect(DRAFT_LIMITS.kiel!.metres).toBe(9.5);
    expect(DRAFT_LIMITS.corinth!.metres).toBe(7.2);
    // Each figure appears in what the source says (Suez in feet).
    expect(DRAFT_LIMITS.panama!.source.says).toContain('15.2 m');
    expect(DRAFT_LIMITS.suez!.source.says).toContain('66 ft');
    expect(DRAFT_LIMITS.kiel!.source.says).toContain('9.5 m');
    expect(DRAFT_LIMITS.corinth!.source.says).toContain('7.20 m');
  });

  it('keeps every limit inside the draft range a link or the command accepts', () => {
    for (const limit of Object.values(DRAFT_LIMITS)) {
      expect(limit.metres).toBeGreaterThan(DRAFT_RANGE_M.min);
      expect(limit.metres).toBeLessThan(DRAFT_RANGE_M.max);
    }
  });

  it('ships no limit for a passage it has no source for', () => {
    const limited = new Set([...Object.keys(DRAFT_LIMITS), ...Object.keys(SEASONS)]);
    expect([...limited].sort()).toEqual(['corinth', 'kiel', 'northeast', 'panama', 'suez']);
    for (const id of PASSAGE_IDS.filter((p) => !limited.has(p))) {
      expect(draftClosure(id, 29)).toBeNull();
      expect(seasonClosure(id, 1)).toBeNull();
    }
  });
});

describe('draft', () => {
  it('closes a passage only above its limit, and says so with the figure', () => {
    expect(draftClosure('kiel', 9.5)).toBeNull();
    expect(draftClosure('kiel', 9.6)).toMatchObject({
      id: 'kiel',
      by: 'draft',
      reason: 'Kiel Canal: 9.5 m, less than the 9.6 m draft',
    });
    expect(draftClosure('suez', 20.1)).toBeNull();
    expect(draftClosure('suez', 20.2)?.reason).toBe(
      'Suez Canal: 20.1 m, less than the 20.2 m draft',
    );
  });

  it('writes metres to one decimal, whole ones without ".0"', () => {
    expect([formatMetres(16), formatMetres(15.24), formatMetres(20.1168)]).toEqual([
      '16 m',
      '15.2 m',
      '20.1 m',
    ]);
  });
});

describe('the Northern Sea Route season for a ship without ice class', () => {
  it('is open from July to November (until the 15th) and closed the rest of the year', () => {
    const open = Array.from({ length: 12 }, (_, i) => seasonClosure('northeast', i + 1) === null);
    expect(open).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      true,
      true,
      false,
    ]);
  });

  it('names the month, the period and the rules when it closes', () => {
    expect(seasonClosure('northeast', 12)?.reason).toBe(
      `Northern Sea Route: closed in December to ships without ice class, allowed July to 15 November (${SEASONS.northeast!.rules})`,
    );
  });

  it('gives a caution in the months it allows, with the closing day in November', () => {
    expect(seasonCaution('northeast', 7)).toContain('allowed to ships without ice class (July');
    expect(seasonCaution('northeast', 11)).toContain('only until 15 November');
    expect(seasonCaution('northeast', 2)).toBeNull();
    expect(seasonCaution('suez', 2)).toBeNull();
  });
});
