/**
 * A link's ports against the World Port Index (issue #28): the codec keeps ids shaped like WPI
 * ids until the catalogue arrives (lib/url/fields.ts), and checkLinkPorts makes them canonical or
 * drops them with the nearest matches (lib/planner/link-ports.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkLinkPorts } from '../../src/lib/planner/link-ports';
import { createPortIndex } from '../../src/lib/routing/port-index';
import { parsePorts } from '../../src/lib/routing/ports';
import { parseHash } from '../../src/lib/url/codec';
import { WORLD_PORTS_PATH } from '../../scripts/lib/load-network';

const world = parsePorts(JSON.parse(readFileSync(WORLD_PORTS_PATH, 'utf8')));
const ids = new Set(world.map((p) => p.id));
const index = createPortIndex(world);
const CURATED = { portIds: new Set(['chennai', 'vladivostok']) };

const read = (hash: string) => parseHash(hash, CURATED);
const check = (hash: string) => checkLinkPorts(read(hash).state, ids, index);

describe('the codec keeps World Port Index ids for later', () => {
  it('keeps a LOCODE id and a WPI number, and curated ids as before', () => {
    const { state, problems } = read('#from=brssz&to=wpi-49454-5&via=chennai,wpi-12970');
    expect(problems).toEqual([]);
    expect(state.from).toEqual({ kind: 'port', id: 'brssz' });
    expect(state.to).toEqual({ kind: 'port', id: 'wpi-49454-5' });
    expect(state.via).toEqual(['chennai', 'wpi-12970']);
  });

  it('drops a hostile or malformed id at once, with a problem', () => {
    for (const bad of ['%3Cscript%3E', 'BRSSZ', 'santos-port', 'wpi-x', 'br1sz']) {
      const { state, problems } = read(`#from=${bad}`);
      expect(state.from, bad).toBeNull();
      expect(problems.map((p) => p.key)).toEqual(['from']);
    }
  });
});

describe('checkLinkPorts', () => {
  it('changes nothing when every id is the catalogue’s', () => {
    expect(check('#from=chennai&to=brssz&pins=brssz_rotterdam__')).toEqual({
      patch: null,
      dropped: [],
    });
  });

  it('makes ids published before canonical: inmaa is Chennai, a WPI number its port', () => {
    const { patch, dropped } = check('#from=inmaa&to=wpi-12970');
    expect(dropped).toEqual([]);
    expect(patch?.from).toEqual({ kind: 'port', id: 'chennai' });
    expect(patch?.to).toEqual({ kind: 'port', id: 'brssz' });
  });

  it('drops an id no port has, naming the nearest matches', () => {
    const { patch, dropped } = check('#from=chennai&to=zzzzz&via=santo');
    expect(patch?.from).toEqual({ kind: 'port', id: 'chennai' });
    expect(patch?.to).toBeNull();
    expect(patch?.via).toEqual([]);
    expect(dropped.map((d) => d.id)).toEqual(['zzzzz', 'santo']);
    // “Santo” is a name (of Luganville, on Espiritu Santo), not an id: named as a match only.
    expect(dropped[1]!.nearest.map((p) => p.id)).toEqual(['vulug']);
  });

  it('drops a pin whose end no port has, and keeps the others', () => {
    const { patch } = check('#pins=brssz_chennai__;zzzzz_chennai__');
    expect(patch?.pins?.map((p) => p.from)).toEqual([{ kind: 'port', id: 'brssz' }]);
  });
});

describe('the catalogue shipped to the browser', () => {
  it('holds only the fields parsePorts reads (and so the app uses)', () => {
    const used = new Set(['id', 'name', 'country', 'aliases', 'approach', 'source']);
    for (const k of ['locode', 'wpi', 'size', 'maxDraftM', 'maxLengthM', 'maxBeamM', 'ice'])
      used.add(k);
    for (const k of ['harbourType', 'approachLandKm', 'noRoute', 'sharedLocode']) used.add(k);
    const fc = JSON.parse(readFileSync(WORLD_PORTS_PATH, 'utf8')) as {
      features: { properties: Record<string, unknown> }[];
    };
    const keys = new Set(fc.features.flatMap((f) => Object.keys(f.properties)));
    expect([...keys].filter((k) => !used.has(k))).toEqual([]);
  });
});
