import { describe, expect, it } from 'vitest';
import {
  COST_MODEL_SOURCES,
  DEFAULT_FUEL,
  FUEL_IDS,
  FUELS,
  PART_LOAD_SFC_COEFFICIENTS,
} from '../../src/content/fuels';
import {
  DEFAULT_VESSEL,
  VESSEL_IDS,
  VESSELS,
  type Source,
  type Sourced,
} from '../../src/content/vessels';
import { checkPrice } from '../../src/lib/costs/model';

/** Every object with a `source` and a numeric `value` under a catalogue entry, with its path. */
function sourcedValues(root: unknown, path = ''): [string, Sourced][] {
  if (root === null || typeof root !== 'object') return [];
  const o = root as Record<string, unknown>;
  if (typeof o.value === 'number' && 'source' in o) return [[path, o as unknown as Sourced]];
  return Object.entries(o).flatMap(([k, v]) =>
    k === 'source' ? [] : sourcedValues(v, `${path}.${k}`),
  );
}

/** The cells of a reproduced row: a CSV line (commas inside quotes kept) or a Markdown row. */
function cells(row: string): string[] {
  if (row.startsWith('|'))
    return row
      .split('|')
      .slice(1, -1)
      .map((c) => c.trim());
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (const ch of row) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(cell);
      cell = '';
    } else cell += ch;
  }
  return [...out, cell];
}

function expectWellCited(where: string, s: Source): void {
  expect(s.title.length, where).toBeGreaterThan(5);
  expect(s.publisher.length, where).toBeGreaterThan(2);
  expect(Number.isInteger(s.year) && s.year >= 1990 && s.year <= 2030, where).toBe(true);
  expect(Boolean(s.table || s.page), `${where}: table or page`).toBe(true);
  // Read either at an address or in a named repository file.
  expect(s.readIn, where).toMatch(/^(https:\/\/\S+|as reproduced in \S+\/\S+ \S+)/);
}

const all: [string, Sourced][] = [
  ...VESSEL_IDS.flatMap((id) => sourcedValues(VESSELS[id], id)),
  ...FUEL_IDS.flatMap((id) => sourcedValues(FUELS[id], id)),
];

describe('vessel and fuel catalogues', () => {
  it('has at least 4 vessel profiles with unique ids matching their keys', () => {
    expect(VESSEL_IDS.length).toBeGreaterThanOrEqual(4);
    expect(new Set(VESSEL_IDS).size).toBe(VESSEL_IDS.length);
    expect(Object.keys(VESSELS).sort()).toEqual([...VESSEL_IDS].sort());
    for (const id of VESSEL_IDS) expect(VESSELS[id].id).toBe(id);
    expect(new Set(FUEL_IDS).size).toBe(FUEL_IDS.length);
    expect(Object.keys(FUELS).sort()).toEqual([...FUEL_IDS].sort());
    for (const id of FUEL_IDS) expect(FUELS[id].id).toBe(id);
  });

  it('has defaults that exist', () => {
    expect(VESSEL_IDS).toContain(DEFAULT_VESSEL);
    expect(FUEL_IDS).toContain(DEFAULT_FUEL);
  });

  it('finds every numeric input (6 or 7 per vessel, 6 per fuel)', () => {
    for (const id of VESSEL_IDS)
      expect(sourcedValues(VESSELS[id], id)).toHaveLength(VESSELS[id].capacity ? 7 : 6);
    for (const id of FUEL_IDS) expect(sourcedValues(FUELS[id], id)).toHaveLength(6);
  });

  it.each(all)('%s has a unit, the text it was read in, and a full citation', (where, s) => {
    expect(Number.isFinite(s.value) && s.value >= 0, where).toBe(true);
    expect(s.unit.length, where).toBeGreaterThan(0);
    expect(s.quote.length, where).toBeGreaterThan(5);
    expectWellCited(where, s.source);
  });

  it.each(all.filter(([, s]) => s.column && s.source.header))(
    '%s equals the cell of its column in the row it quotes',
    (where, s) => {
      const header = cells(s.source.header!);
      const row = cells(s.quote);
      expect(row, where).toHaveLength(header.length);
      const cell = row[header.indexOf(s.column!)];
      expect(cell, `${where}: column ${s.column}`).toBeDefined();
      // "5,000 TEU" → 5000; "0.8493" → 0.8493.
      expect(Number(cell!.replace(/[^0-9.]/g, '')), where).toBe(s.value);
    },
  );

  it('uses slow-speed diesel SFOC for main engines that EPA lists as SSD', () => {
    for (const id of VESSEL_IDS) {
      expect(VESSELS[id].mainEngineType).toBe('SSD');
      expect(VESSELS[id].designSpeedKn.quote).toContain(',SSD,');
    }
    for (const id of ['hfo', 'lfo', 'mgo'] as const)
      expect(FUELS[id].sfoc.main.quote).toMatch(/^Propulsion,[^,]+,SSD,/);
  });

  it('gives per-unit capacity only with a source, and says why when there is none', () => {
    for (const id of VESSEL_IDS) {
      const v = VESSELS[id];
      if (v.capacity) expect(v.capacity.value).toBeGreaterThan(0);
      else expect(v.capacityNote).toMatch(/^No capacity/);
    }
  });
});

describe('carbon factors and prices', () => {
  it('are the four IMO carbon factors', () => {
    expect(FUELS.hfo.carbonFactor.value).toBe(3.114);
    expect(FUELS.lfo.carbonFactor.value).toBe(3.151);
    expect(FUELS.mgo.carbonFactor.value).toBe(3.206);
    expect(FUELS.lng.carbonFactor.value).toBe(2.75);
  });

  it('agree with the carbon contents: Cf = carbon × 44 ÷ 12 (CO₂ ÷ C molar masses)', () => {
    for (const id of FUEL_IDS)
      expect(FUELS[id].carbonContent.value * (44 / 12)).toBeCloseTo(
        FUELS[id].carbonFactor.value,
        3,
      );
  });

  it('have default prices that pass the price check, with a date and an index', () => {
    for (const id of FUEL_IDS) {
      const p = FUELS[id].defaultPrice;
      expect(checkPrice(p.value)).toEqual({ ok: true, value: p.value });
      expect(p.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(p.quote).toContain(p.value.toFixed(2));
      expect(p.index.length).toBeGreaterThan(5);
    }
  });
});

describe('method sources', () => {
  it.each(Object.entries(COST_MODEL_SOURCES))('%s is cited as read', (where, m) => {
    expect(m.statement.length).toBeGreaterThan(20);
    expect(m.quote.length).toBeGreaterThan(20);
    expectWellCited(where, m.source);
  });

  it('quotes the part-load coefficients the model uses', () => {
    const { a, b, c } = PART_LOAD_SFC_COEFFICIENTS;
    const q = COST_MODEL_SOURCES.partLoadSfc.quote;
    expect(q).toContain(
      `${a} * engine_load**2 - ${(-b).toFixed(3)} * engine_load + ${c.toFixed(3)}`,
    );
  });
});
