import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PORTS_PATH, loadSeaRouter } from '../../scripts/lib/load-network';
import { createPortIndex, describePort } from '../../src/lib/routing/port-index';
import { parsePorts, type Port } from '../../src/lib/routing/ports';

const router = loadSeaRouter();
const curated = parsePorts(JSON.parse(readFileSync(PORTS_PATH, 'utf8')));
const id = (q: string) => router.getPort(q)?.id;

describe('looking a port up in the world catalogue', () => {
  it('keeps every id published so far: the curated ids, their names and aliases', () => {
    for (const p of curated) {
      expect(id(p.id)).toBe(p.id);
      expect(id(p.name), p.name).toBe(p.id);
      for (const a of p.aliases) expect(id(a), a).toBe(p.id);
    }
  });

  it('finds every port of the file by its own id', () => {
    for (const p of router.ports) expect(router.getPort(p.id), p.id).toBe(p);
  });

  it('resolves a curated port’s LOCODE, in any form, and its WPI number to the curated id', () => {
    for (const q of ['inmaa', 'INMAA', 'IN MAA', 'in maa', 'wpi-49450'])
      expect(id(q), q).toBe('chennai');
    expect(id('NLRTM')).toBe('rotterdam');
    expect(id('RUVVO')).toBe('vladivostok');
  });

  it('finds new ports by LOCODE and by name, case and accents ignored', () => {
    expect(id('BRSSZ')).toBe('brssz');
    expect(id('santos')).toBe('brssz');
    expect(id('Durban')).toBe('zadur');
    expect(id('Mombasa')).toBe('kemba');
    expect(id('Valparaíso')).toBe('clvap'); // the WPI's "Bahia De Valparaiso"
    expect(id('VALPARAISO')).toBe('clvap');
    expect(id('Sabang')).toBe('idsbg'); // the main name, not Toboali's alternate name
  });

  it('gives the candidates, with LOCODE and country, for a name several ports share', () => {
    const r = router.resolvePort('Vancouver');
    expect(r.kind).toBe('ambiguous');
    if (r.kind !== 'ambiguous') return;
    expect(r.candidates.map((p) => p.id)).toEqual(['cavan', 'usvan']); // the larger harbour first
    expect(r.candidates.map(describePort)).toEqual([
      'Vancouver (CAVAN, Canada)',
      'Vancouver (USVAN, United States)',
    ]);
    expect(id('Vancouver')).toBeUndefined();
  });

  it('gives the nearest matches for an unknown name', () => {
    const r = router.resolvePort('Santso');
    expect(r.kind).toBe('unknown');
    if (r.kind === 'unknown') expect(r.nearest[0]?.id).toBe('brssz');
    const none = router.resolvePort('zzzzqqq');
    expect(none).toEqual({ kind: 'unknown', nearest: [] });
  });

  it('resolves a LOCODE the WPI repeats to the larger harbour, and says so', () => {
    const r = router.resolvePort('INKRI');
    expect(r.kind).toBe('port');
    if (r.kind !== 'port') return;
    expect(r.port.name).toBe('Kattupalli Port');
    expect(r.note).toContain('Krishnapatnam (wpi-49455)');
    expect(r.note).toContain('resolved to the larger harbour');
    expect(id('wpi-49455')).toBe('wpi-49455');
  });

  it('prefers a curated port over a WPI port of the same name', () => {
    const made: Port[] = [
      {
        ...curated[0]!,
        id: 'wpi-1',
        name: 'Madras',
        aliases: [],
        source: 'NGA World Port Index (Pub. 150)',
        wpi: 1,
      },
      curated[0]!,
    ];
    expect(createPortIndex(made).get('Madras')?.id).toBe('chennai');
  });
});

describe('routes to the ports of the world catalogue', () => {
  it('answers no-route, with the reason in words, for a port no lane reaches', () => {
    const r = router.findSeaRoute('USDLH', 'rotterdam');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('no-route');
    expect(r.error.message).toContain('Duluth (Lake Superior) has no lane of the sea-lane network');
  });

  it('says when an end’s approach crosses land, and how many km', () => {
    const r = router.findSeaRoute('milwaukee', 'rotterdam');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const port = router.getPort('milwaukee')!;
    expect(port.approachLandKm).toBeGreaterThan(0);
    expect(r.route.origin.approachLandKm).toBe(port.approachLandKm);
    expect(r.route.destination.approachLandKm).toBeUndefined();
  });

  it('lists the candidates of an ambiguous name as an unknown-port error', () => {
    const r = router.findSeaRoute('Newport', 'rotterdam');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toMatch(/names 4 ports: .*GBNPT, United Kingdom/);
  });
});
