import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldName, searchPorts } from '../../src/lib/planner/port-search';
import { parsePorts, type Port } from '../../src/lib/routing/ports';

const ports = parsePorts(JSON.parse(readFileSync('geo/ports.geojson', 'utf8')));
const top = (query: string) => searchPorts(ports, query, 5)[0]?.port.id;

describe('searchPorts', () => {
  it.each([
    ['Chennai', 'chennai'],
    ['chennai', 'chennai'],
    ['CHENNAI', 'chennai'],
    ['Madras', 'chennai'],
    ['madras', 'chennai'],
    ['St Petersburg', 'st-petersburg'],
    ['st petersburg', 'st-petersburg'],
    ['Saint-Petersburg', 'st-petersburg'],
    ['Sankt-Peterburg', 'st-petersburg'],
    ['leningrad', 'st-petersburg'],
    ['Nhava Sheva', 'nhava-sheva'],
    ['nhava', 'nhava-sheva'],
    ['JNPT', 'nhava-sheva'],
    ['jawaharlal', 'nhava-sheva'],
    ['vladivostók', 'vladivostok'],
    ['VLADIVOSTOK', 'vladivostok'],
    ['Владивосток', 'vladivostok'],
    ['Bombay', 'mumbai'],
    ['calcutta', 'kolkata'],
    ['Pusan', 'busan'],
    ['Chittagong', 'chittagong'],
    ['Archangel', 'arkhangelsk'],
    ['petropavlovsk', 'petropavlovsk-kamchatsky'],
  ])('%s → %s', (query, id) => {
    expect(top(query)).toBe(id);
  });

  it('matches the start of a later word ("sheva", "peter")', () => {
    expect(searchPorts(ports, 'sheva').map((m) => m.port.id)).toContain('nhava-sheva');
    expect(searchPorts(ports, 'peter').map((m) => m.port.id)).toContain('st-petersburg');
  });

  it('ranks a name prefix above a substring', () => {
    // Made-up names, one per kind of match, listed in the wrong order on purpose.
    const made: Port[] = [
      { ...ports[0]!, id: 'a', name: 'Akan', aliases: [] },
      { ...ports[0]!, id: 'b', name: 'Kanpur', aliases: [] },
      { ...ports[0]!, id: 'c', name: 'New Kanata', aliases: [] },
    ];
    expect(searchPorts(made, 'kan').map((m) => [m.port.id, m.kind])).toEqual([
      ['b', 'prefix'],
      ['c', 'word'],
      ['a', 'substring'],
    ]);
  });

  it('reports the alias that matched', () => {
    const [m] = searchPorts(ports, 'madras');
    expect(m?.matched).toBe('Madras');
    expect(searchPorts(ports, 'chennai')[0]?.matched).toBe('Chennai');
  });

  it('returns nothing for a query that matches no port, and respects the limit', () => {
    expect(searchPorts(ports, 'zzzz')).toEqual([]);
    expect(searchPorts(ports, '', 5)).toHaveLength(5);
    expect(searchPorts(ports, 'a', 3)).toHaveLength(3);
  });

  it('lists ports alphabetically for an empty query', () => {
    const names = searchPorts(ports, '  ', 100).map((m) => m.port.name);
    expect(names).toHaveLength(ports.length);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
  });
});

describe('foldName', () => {
  it('ignores case, accents, spaces and punctuation but keeps non-Latin letters', () => {
    expect(foldName('Saint-Pétersbourg ')).toBe('saintpetersbourg');
    expect(foldName('Владивосток')).toBe('владивосток');
    expect(foldName('V.O. Chidambaranar')).toBe('vochidambaranar');
  });
});

describe('searchPorts over the World Port Index (geo/world-ports.geojson)', () => {
  const world = parsePorts(JSON.parse(readFileSync('geo/world-ports.geojson', 'utf8')));
  const first = (query: string) => searchPorts(world, query, 5)[0];

  it.each([
    ['Santos', 'brssz'],
    ['Calcutta', 'kolkata'],
    ['Madras', 'chennai'],
    ['Bombay', 'mumbai'],
    ['NLRTM', 'rotterdam'],
    ['nlrtm', 'rotterdam'],
    ['IN MAA', 'chennai'],
    ['INMAA', 'chennai'],
    ['Valparaiso', 'clvap'],
    ['Valparaíso', 'clvap'],
    ['durban', 'zadur'],
    ['Mombasa', 'kemba'],
  ])('%s → %s', (query, id) => {
    expect(first(query)?.port.id).toBe(id);
  });

  it('ranks the larger harbour first among equal matches', () => {
    const vancouver = searchPorts(world, 'Vancouver', 5).filter((m) => m.kind === 'exact');
    expect(vancouver.map((m) => [m.port.id, m.port.size])).toEqual([
      ['cavan', 'large'],
      ['usvan', 'medium'],
    ]);
  });

  it('ranks a main name above an alternate name above a LOCODE, for the same kind of match', () => {
    // "Sabang" is Sabang's own name and an alternate name of Toboali.
    const sabang = searchPorts(world, 'Sabang', 5).filter((m) => m.kind === 'exact');
    expect(sabang.map((m) => m.port.id)).toEqual(['idsbg', 'idtbl']);
    expect(sabang[1]?.matched).toBe('Sabang');
  });

  it('matches inside a word only from three characters', () => {
    expect(searchPorts(world, 'an', 50).every((m) => m.kind !== 'substring')).toBe(true);
    expect(searchPorts(world, 'ntos', 50).some((m) => m.kind === 'substring')).toBe(true);
  });
});
