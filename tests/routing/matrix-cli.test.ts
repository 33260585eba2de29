/**
 * `npm run matrix` (issue #29): the CSV it writes (read back by a strict RFC 4180 reader), its
 * options, its refusals (exit 2, one line, before any table work) and its progress bar.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/io';
import { PORTS_PATH, loadSeaRouter } from '../../scripts/lib/load-network';
import { runMatrix, type MatrixIo } from '../../scripts/matrix';
import { runCli } from '../../scripts/route-cli';
import type { TableRow } from '../../src/lib/routing/distance-table';
import { tableCsv, tenths } from '../../scripts/lib/matrix-csv';
import { csvField } from '../../src/lib/export/csv';
import { createSeaRouter, round1, type LonLat, type SeaRouter } from '../../src/lib/routing/index';
import fc from 'fast-check';
import { createProgress, progressLine } from '../../scripts/lib/progress';
import { parseCsv } from '../csv-reader';

// The command's router (every World Port Index port), and one over the 47 curated ports alone.
const router = loadSeaRouter();
const curated = loadSeaRouter(PORTS_PATH);

/** The tool run in this process on the shipped network, as the command would print. */
async function matrix(...args: string[]) {
  return matrixOn(router, ...args);
}

async function matrixOn(sea: SeaRouter, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: MatrixIo = {
    out: (t) => void out.push(t),
    err: (t) => void err.push(t),
    stderr: { tty: false, write: () => {} },
    now: () => performance.now(),
  };
  const code = await runMatrix(args, io, sea);
  return { code, chunks: out, out: out.join(''), err: err.join('\n') };
}

/** The route CLI's km or nm for a pair, as it prints them. */
function routeCli(from: string, to: string, ...extra: string[]) {
  const out: string[] = [];
  runCli(['--from', from, '--to', to, ...extra], { out: (t) => out.push(t), err: () => {} });
  return JSON.parse(out.join('')) as {
    km: number;
    nm: number;
    passages: string[];
    ecaKm: number;
    ecaShare: number;
    ecas: { id: string; km: number }[];
  };
}

const FOUR = 'chennai,vladivostok,rotterdam,singapore';

describe('npm run matrix: the wide table', () => {
  it('is a square CSV with ids in the header, the unit in the corner, cells as the route CLI', async () => {
    const r = await matrix('--ports', FOUR);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.out);
    const ids = FOUR.split(',');
    expect(rows[0]).toEqual(['km', ...ids]);
    expect(rows.map((row) => row[0])).toEqual(['km', ...ids]);
    expect(rows.every((row) => row.length === 5)).toBe(true);
    expect(rows[1]![1]).toBe('0');
    // One chunk per table row (the header, then each port), so the table streams.
    expect(r.chunks).toHaveLength(5);
    for (const [i, j] of [
      [1, 2],
      [3, 4],
      [2, 3],
    ] as const) {
      expect(rows[i]![j]).toBe(String(routeCli(ids[i - 1]!, ids[j - 1]!).km));
    }
  });

  it('gives nm with --unit nm, and honours --avoid and --open as the route CLI does', async () => {
    const nm = parseCsv((await matrix('--ports', 'chennai,vladivostok', '--unit', 'nm')).out);
    expect(nm[0]![0]).toBe('nm');
    expect(nm[1]![2]).toBe(String(routeCli('chennai', 'vladivostok').nm));
    const avoided = parseCsv(
      (await matrix('--ports', 'chennai,vladivostok', '--avoid', 'malacca')).out,
    );
    expect(avoided[1]![2]).toBe(
      String(routeCli('chennai', 'vladivostok', '--avoid', 'malacca').km),
    );
    const opened = parseCsv(
      (await matrix('--ports', 'murmansk,vladivostok', '--open', 'northeast')).out,
    );
    expect(opened[1]![2]).toBe(
      String(routeCli('murmansk', 'vladivostok', '--open', 'northeast').km),
    );
  });

  it('takes names, aliases and UN/LOCODEs, and keeps the order given', async () => {
    const named = parseCsv(
      (await matrix('--ports', 'Madras,Saint Petersburg', '--ports', 'mumbai')).out,
    );
    expect(named[0]).toEqual(['km', 'chennai', 'st-petersburg', 'mumbai']);
    const locodes = parseCsv((await matrix('--ports', 'INMAA,RUVVO,NLRTM,SGSIN')).out);
    expect(locodes[0]).toEqual(['km', ...FOUR.split(',')]);
  });

  it('selects by World Port Index harbour size, in catalogue order', async () => {
    const large = parseCsv((await matrix('--size', 'large')).out)[0]!.slice(1);
    expect(large).toEqual(router.ports.filter((p) => p.size === 'large').map((p) => p.id));
    expect(large.length).toBeGreaterThan(100);
  });

  it('covers the whole catalogue with --all, symmetric as printed', async () => {
    const all = parseCsv((await matrixOn(curated, '--all')).out);
    expect(all[0]!.slice(1)).toEqual(curated.ports.map((p) => p.id));
    expect(all).toHaveLength(curated.ports.length + 1);
    // Printed, the table is symmetric: no end is placed differently by the other end.
    for (let i = 1; i < all.length; i++) {
      for (let j = 1; j < all.length; j++) expect(all[i]![j]).toBe(all[j]![i]);
    }
  });

  it('waits for standard output to take each row before writing the next (back-pressure)', async () => {
    let pending = false;
    let overlapped = 0;
    const chunks: string[] = [];
    const io: MatrixIo = {
      out: (text) => {
        if (pending) overlapped++;
        pending = true;
        chunks.push(text);
        // Taken on the next turn of the event loop, after any promise work now queued.
        return new Promise<void>((resolve) =>
          setImmediate(() => {
            pending = false;
            resolve();
          }),
        );
      },
      err: () => {},
      stderr: { tty: false, write: () => {} },
      now: () => performance.now(),
    };
    expect(await runMatrix(['--ports', FOUR], io, router)).toBe(0);
    expect(chunks).toHaveLength(5);
    expect(overlapped).toBe(0);
  });

  it('leaves the row and column of a port far from any lane empty, and says so', async () => {
    const gobi = {
      ...router.ports[0]!,
      id: 'gobi',
      coordinates: [103, 42] as LonLat,
      approach: [],
    };
    const sea = createSeaRouter(router.graph, [...router.ports, gobi]);
    const r = await matrixOn(sea, '--ports', 'chennai,gobi');
    expect(r.code).toBe(0);
    expect(parseCsv(r.out)).toEqual([
      ['km', 'chennai', 'gobi'],
      ['chennai', '0', ''],
      ['gobi', '', ''],
    ]);
    expect(r.err).toMatch(
      /1 port\(s\) with no place .*: gobi \(endpoint more than 300 km from the sea-lane network\)$/,
    );
  });

  it('leaves a cell empty where every way is closed', async () => {
    const rows = parseCsv(
      (await matrix('--ports', 'novorossiysk,chennai', '--avoid', 'suez,gibraltar,panama')).out,
    );
    expect(rows[1]).toEqual(['novorossiysk', '0', '']);
  });
});

describe('npm run matrix: the long table', () => {
  it('has one record per ordered pair: from,to,km,nm,passages in route order, and ECA km', async () => {
    const r = await matrix('--ports', FOUR, '--format', 'long');
    expect(r.code).toBe(0);
    const rows = parseCsv(r.out);
    expect(rows[0]).toEqual(['from', 'to', 'km', 'nm', 'passages', 'eca_km', 'eca_share', 'ecas']);
    expect(rows).toHaveLength(17);
    const row = rows.find((x) => x[0] === 'vladivostok' && x[1] === 'rotterdam')!;
    const route = routeCli('vladivostok', 'rotterdam');
    expect(route.passages.length).toBeGreaterThan(1);
    expect(row).toEqual([
      'vladivostok',
      'rotterdam',
      String(route.km),
      String(route.nm),
      route.passages.join(';'),
      String(route.ecaKm),
      String(route.ecaShare),
      route.ecas.map((a) => `${a.id}:${a.km}`).join(';'),
    ]);
    expect(route.ecaKm).toBeGreaterThan(0);
    expect(rows.find((x) => x[0] === 'chennai' && x[1] === 'chennai')).toEqual([
      'chennai',
      'chennai',
      '0',
      '0',
      '',
      '0',
      '0',
      '',
    ]);
  });

  it('gives each pair the km inside each ECA that npm run route measures (issue #32)', async () => {
    const ids = ['mumbai', 'st-petersburg', 'usnyc', 'rotterdam', 'chennai', 'vladivostok'];
    const rows = parseCsv((await matrix('--ports', ids.join(','), '--format', 'long')).out);
    for (const [from, to, , , , ecaKm, share, ecas] of rows.slice(1)) {
      if (from === to) continue;
      const route = routeCli(from!, to!);
      expect([from, to, ecaKm, ecas]).toEqual([
        from,
        to,
        String(route.ecaKm),
        route.ecas.map((a) => `${a.id}:${a.km}`).join(';'),
      ]);
      // The CLI divides by the sum of its segments, the table by the route's km: equal to 0.001.
      expect(Number(share)).toBeCloseTo(route.ecaShare, 3);
    }
    // The cases: via Suez three areas, across the Atlantic two, the corridor none.
    const cell = (a: string, b: string) => rows.find((x) => x[0] === a && x[1] === b)![7]!;
    expect(
      cell('mumbai', 'st-petersburg')
        .split(';')
        .map((a) => a.split(':')[0]),
    ).toEqual(['baltic-sea', 'north-sea', 'mediterranean']);
    expect(
      cell('usnyc', 'rotterdam')
        .split(';')
        .map((a) => a.split(':')[0]),
    ).toEqual(['north-sea', 'north-american']);
    expect(cell('chennai', 'vladivostok')).toBe('');
  });

  it('says no-route, with no made-up number, where every way is closed', async () => {
    const rows = parseCsv(
      (
        await matrix(
          ...['--ports', 'novorossiysk,chennai', '--format', 'long'],
          ...['--avoid', 'suez,gibraltar,panama'],
        )
      ).out,
    );
    expect(rows[2]).toEqual(['novorossiysk', 'chennai', '', '', 'no-route', '', '', '']);
  });

  it('writes --out FILE, with a summary line on standard error', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'matrix-')), 'table.csv');
    const r = await matrix('--ports', FOUR, '--format', 'long', '--out', file);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(parseCsv(readFileSync(file, 'utf8'))).toHaveLength(17);
    expect(r.err).toMatch(/^matrix: 4 × 4 ports \(16 pairs\) in \d+\.\d s → .*table\.csv$/);
  });
});

describe('the CSV records', () => {
  it('quote an id holding a comma, a quote or a line break (RFC 4180), and read back the same', () => {
    const ids = ['port, north', 'the "old" port', 'two\r\nlines'];
    const row: TableRow = {
      km: Float64Array.of(0, 1234.56, Infinity),
      passages: [[], ['suez', 'malacca'], []],
      quantities: [Float64Array.of(0, 100.04, 0), Float64Array.of(0, 200.06, 0)],
    };
    const wide = tableCsv(ids, 'wide', 'km');
    const long = tableCsv(ids, 'long', 'km', ['north-sea', 'baltic-sea']);
    const text = wide.header + wide.records(1, row) + long.header + long.records(0, row);
    expect(parseCsv(text)).toEqual([
      ['km', ...ids],
      [ids[1], '0', '1234.6', ''],
      ['from', 'to', 'km', 'nm', 'passages', 'eca_km', 'eca_share', 'ecas'],
      [ids[0], ids[0], '0', '0', '', '0', '0', ''],
      [
        ids[0],
        ids[1],
        '1234.6',
        '666.6',
        'suez;malacca',
        '300.1',
        '0.243',
        'north-sea:100;baltic-sea:200.1',
      ],
      [ids[0], ids[2], '', '', 'no-route', '', '', ''],
    ]);
  });
});

describe('tenths', () => {
  it('writes a distance exactly as csvField(round1(x)) does', () => {
    for (const x of [0, 0.04, 0.05, 0.95, 1, 8795.45, 8795.55, 12999, 40075.04999, 1e6 + 0.25]) {
      expect(tenths(x), String(x)).toBe(csvField(round1(x)));
    }
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), (x) => {
        expect(tenths(x)).toBe(csvField(round1(x)));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('npm run matrix: refusals', () => {
  it.each([
    ['an unknown port, named', ['--ports', 'chennai,atlantis'], /no port "atlantis"/],
    ['an empty list', ['--ports', ' , '], /--ports: the list of ports is empty/],
    ['a port twice', ['--ports', 'chennai,Madras'], /"Madras" is chennai, already listed/],
    ['no selection', ['--unit', 'nm'], /exactly one of --ports, --size and --all/],
    ['two selections', ['--all', '--ports', 'chennai'], /exactly one of/],
    ['an unknown size', ['--size', 'huge'], /unknown harbour size "huge"/],
    ['an unknown passage', ['--all', '--avoid', 'nowhere'], /unknown passage "nowhere"/],
    [
      'a passage avoided and opened',
      ['--all', '--avoid', 'kiel', '--open', 'kiel'],
      /both avoided and opened/,
    ],
    ['a bad unit', ['--all', '--unit', 'miles'], /--unit must be km or nm/],
    ['a bad format', ['--all', '--format', 'xlsx'], /--format must be wide or long/],
    [
      '--unit with the long format',
      ['--all', '--format', 'long', '--unit', 'nm'],
      /--unit applies/,
    ],
    ['an unwritable --out', ['--all', '--out', '/nonexistent/dir/t.csv'], /--out: cannot write/],
    ['an unknown flag', ['--all', '--bogus', '1'], /unknown argument "--bogus"/],
    ['a flag without its value', ['--all', '--out'], /--out needs a value/],
    ['a flag named like an object property', ['--constructor', 'x'], /unknown argument/],
  ])('exits 2 with one line for %s', async (_, args, message) => {
    const r = await matrix(...args);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(message);
    expect(r.out).toBe('');
  });

  it('says so when the catalogue has no harbour sizes (the curated ports alone)', async () => {
    const r = await matrixOn(curated, '--size', 'large,medium');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/--size: no port in this catalogue has a World Port Index harbour size/);
  });

  it('refuses bad passages before it creates the --out file', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'matrix-')), 'never.csv');
    const r = await matrix('--all', '--avoid', 'kiel', '--open', 'kiel', '--out', file);
    expect(r.code).toBe(2);
    expect(existsSync(file)).toBe(false);
  });

  it('prints its help on standard output and exits 0', async () => {
    const r = await matrix('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/--ports LIST/);
    expect(r.out).toMatch(/--format F/);
  });
});

describe('the progress bar', () => {
  it('draws on a terminal only after the first second, at most ten times a second, then erases itself', () => {
    let now = 0;
    const written: string[] = [];
    const write = (t: string) => void written.push(t);
    const bar = createProgress(100, {
      label: 'matrix',
      unit: 'rows',
      tty: true,
      write,
      now: () => now,
    });
    now = 900;
    bar.tick(10);
    expect(written).toEqual([]);
    now = 1200;
    bar.tick(40);
    now = 1250;
    bar.tick(41);
    expect(written).toHaveLength(1);
    expect(written[0]).toBe(`\r${progressLine({ label: 'matrix', unit: 'rows' }, 40, 100, 1200)}`);
    now = 1400;
    bar.tick(60);
    expect(written).toHaveLength(2);
    bar.finish();
    expect(written.at(-1)).toMatch(/^\r +\r$/);

    const silent: string[] = [];
    const pipe = createProgress(100, {
      ...{ label: 'matrix', unit: 'rows', tty: false },
      write: (t) => void silent.push(t),
      now: () => (now += 5000),
    });
    pipe.tick(50);
    pipe.finish();
    expect(silent).toEqual([]);
  });

  it('reads as a bar, a share, a count and the time left', () => {
    expect(progressLine({ label: 'matrix', unit: 'rows' }, 1596, 3800, 2100)).toBe(
      'matrix [##########--------------]  42 % 1,596/3,800 rows, 2.1 s, 2.9 s left',
    );
  });
});

describe('the matrix command, as a process', () => {
  it('writes CSV and exits 0, and exits 2 with one line on stderr for a bad argument', () => {
    const run = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'scripts/matrix.ts', ...args], {
        cwd: repoRoot,
        encoding: 'utf8',
      });
    const ok = run('--ports', 'chennai,vladivostok');
    expect(ok.status).toBe(0);
    expect(parseCsv(ok.stdout)[0]).toEqual(['km', 'chennai', 'vladivostok']);
    const bad = run('--ports', 'chennai,atlantis');
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  });
});
