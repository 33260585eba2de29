/**
 * A port-to-port sea distance table as CSV (issue #29):
 *   npm run matrix -- --ports INMAA,RUVVO,NLRTM,SGSIN | --size large,medium | --all
 *     [--avoid ids] [--open ids] [--unit km|nm] [--format wide|long] [--out FILE]
 * Every cell is the km the route CLI gives for that pair; the table comes from a many-to-many
 * search on the contraction hierarchy (src/lib/routing/many-to-many.ts), not a query per cell,
 * and streams row by row, so a 3,800-port table never sits in memory. Bad arguments print one
 * line and exit with status 2 before any table work.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { hierarchyEcaKm, measureEcaKm, type EcaShape } from '../src/lib/eca/index';
import { createDistanceTable, type TableRow } from '../src/lib/routing/distance-table';
import { unwrapLongitudes } from '../src/lib/routing/geometry';
import { checkVoyageOptions } from '../src/lib/routing/route';
import type { PassageId, SeaRouter } from '../src/lib/routing/index';
import type { AnchorResult } from '../src/lib/routing/route-types';
import { PORT_SIZES, type Port, type PortSize } from '../src/lib/routing/ports';
import { passages, UsageError } from './lib/cli';
import { loadSeaRouter } from './lib/load-network';
import { PortArgError, portArg } from './lib/port-args';
import {
  ECA_KM_SEPARATOR,
  FORMATS,
  PASSAGE_SEPARATOR,
  UNITS,
  tableCsv,
  type Format,
  type Unit,
} from './lib/matrix-csv';
import { createProgress } from './lib/progress';
import { loadEcaShapes } from './lib/load-ecas';

const USAGE =
  'usage: npm run matrix -- (--ports ids|--size large,medium|--all) [--avoid ids] [--open ids] ' +
  '[--unit km|nm] [--format wide|long] [--out FILE]';

const HELP = `A port-to-port sea distance table as CSV (RFC 4180: CRLF line ends).

${USAGE}

Which ports (exactly one):
  --ports LIST   port ids, UN/LOCODEs or names, comma-separated (or repeated), in table order
  --size LIST    every port of these World Port Index harbour sizes: ${PORT_SIZES.join(', ')}
  --all          every port in the catalogue

Options:
  --avoid LIST   passages the routes must not use (as npm run route)
  --open LIST    passages closed by default to open (kiel, corinth, northwest, northeast)
  --unit U       km (default) or nm, for --format wide
  --format F     wide (default): one row and one column per port, the unit in the corner cell;
                 long: one record per pair, from,to,km,nm,passages,eca_km,eca_share,ecas
                 (passage ids in route order, separated by "${PASSAGE_SEPARATOR}"; "no-route"
                 where every way is closed; eca_km: km inside MARPOL Emission Control Areas, and
                 their share of the route; ecas: each area entered as id${ECA_KM_SEPARATOR}km, as
                 npm run route measures them)
  --out FILE     write the table to FILE (default: standard output)
  --help         this text

Each cell is the shortest sea route's length as npm run route gives it, to 0.1: port approach,
snap legs and the path on the Eurostat marnet network. Empty cell: no route with these passages.`;

interface Args {
  select: { all: true } | { sizes: PortSize[] } | { queries: string[] };
  avoid: PassageId[];
  open: PassageId[];
  unit: Unit;
  format: Format;
  out: string | null;
}

const VALUE_FLAGS = ['ports', 'size', 'avoid', 'open', 'unit', 'format', 'out'] as const;

function parseArgs(argv: readonly string[]): Args | 'help' {
  const values = new Map<string, string[]>(VALUE_FLAGS.map((f) => [f, []]));
  let all = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--help') return 'help';
    if (flag === '--all') {
      all = true;
      continue;
    }
    const list = flag.startsWith('--') ? values.get(flag.slice(2)) : undefined;
    if (!list) throw new UsageError(`unknown argument "${flag}"`);
    const value = argv[++i];
    if (value === undefined || value.startsWith('--'))
      throw new UsageError(`${flag} needs a value`);
    list.push(value);
  }
  const get = (name: string) => values.get(name)!;
  const one = (name: string): string | undefined => {
    if (get(name).length > 1) throw new UsageError(`--${name} given more than once`);
    return get(name)[0];
  };
  const chosen = [all, get('ports').length > 0, get('size').length > 0].filter(Boolean).length;
  if (chosen !== 1) throw new UsageError('give exactly one of --ports, --size and --all');
  const list = (name: string) =>
    get(name)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter((v) => v !== '');
  let select: Args['select'] = { all: true };
  if (get('ports').length > 0) {
    const queries = list('ports');
    if (queries.length === 0) throw new UsageError('--ports: the list of ports is empty');
    select = { queries };
  } else if (get('size').length > 0) {
    const sizes = list('size').map((s) => s.toLowerCase());
    if (sizes.length === 0) throw new UsageError('--size: the list of sizes is empty');
    for (const s of sizes) {
      if (!(PORT_SIZES as readonly string[]).includes(s))
        throw new UsageError(`unknown harbour size "${s}" (known: ${PORT_SIZES.join(', ')})`);
    }
    select = { sizes: sizes as PortSize[] };
  }
  const unit = one('unit') ?? 'km';
  if (!(UNITS as readonly string[]).includes(unit))
    throw new UsageError(`--unit must be km or nm, got "${unit}"`);
  const format = one('format') ?? 'wide';
  if (!(FORMATS as readonly string[]).includes(format))
    throw new UsageError(`--format must be wide or long, got "${format}"`);
  if (format === 'long' && get('unit').length > 0)
    throw new UsageError('--unit applies to --format wide (long gives both km and nm)');
  return {
    select,
    avoid: passages(get('avoid')),
    open: passages(get('open')),
    unit: unit as Unit,
    format: format as Format,
    out: one('out') ?? null,
  };
}

/** The one port an argument names (id, UN/LOCODE, name), as the route command resolves it. */
function resolvePort(router: SeaRouter, query: string): Port {
  try {
    return portArg(query, router, '--ports');
  } catch (e) {
    if (e instanceof PortArgError) throw new UsageError(e.message);
    throw e;
  }
}

/** The ports of the table, in its order; a usage error names what failed. */
function selectPorts(router: SeaRouter, select: Args['select']): Port[] {
  if ('queries' in select) {
    const chosen = new Map<string, string>();
    return select.queries.map((query) => {
      const port = resolvePort(router, query);
      const earlier = chosen.get(port.id);
      if (earlier !== undefined)
        throw new UsageError(`"${query}" is ${port.id}, already listed as "${earlier}"`);
      chosen.set(port.id, query);
      return port;
    });
  }
  if ('all' in select) {
    if (router.ports.length === 0) throw new UsageError('--all: the port catalogue is empty');
    return [...router.ports];
  }
  const sized = router.ports.filter((p) => p.size !== undefined);
  const chosen = sized.filter((p) => select.sizes.includes(p.size!));
  if (chosen.length === 0) {
    const why =
      sized.length === 0
        ? 'no port in this catalogue has a World Port Index harbour size'
        : `no port has harbour size ${select.sizes.join(' or ')}`;
    throw new UsageError(`--size: ${why}`);
  }
  return chosen;
}

/**
 * Each end's approach and snap legs inside each ECA (ends[k][j]: area k, end j): the line from
 * the port along its approach to the network node it joins, as a route starting there draws it.
 */
function endLegsEcaKm(
  ports: readonly Port[],
  anchors: readonly AnchorResult[],
  shapes: readonly EcaShape[],
): Float64Array[] {
  const ends = shapes.map(() => new Float64Array(ports.length));
  ports.forEach((port, j) => {
    const a = anchors[j];
    if (!a?.ok) return;
    const line = unwrapLongitudes([port.coordinates, ...port.approach, a.anchor.end.node]);
    const measured = measureEcaKm(line, shapes);
    shapes.forEach((shape, k) => {
      ends[k]![j] = measured.areas.find((area) => area.id === shape.id)?.km ?? 0;
    });
  });
  return ends;
}

/** Adds both ends' legs to a row's ECA km (not to a pair at one place, whose route is empty). */
function addEndLegs(row: TableRow, i: number, ends: readonly Float64Array[]): void {
  ends.forEach((end, k) => {
    const q = row.quantities![k]!;
    for (let j = 0; j < q.length; j++) {
      if (row.km[j]! > 0 && row.km[j]! < Infinity) q[j]! += end[i]! + end[j]!;
    }
  });
}

/** Where the tool writes; tests and the benchmark pass their own. */
export interface MatrixIo {
  /** A chunk of CSV for standard output; a promise holds the next chunk back (back-pressure). */
  out(text: string): void | Promise<void>;
  /** One line for standard error. */
  err(line: string): void;
  /** Standard error as a terminal sees it, for the progress bar. */
  stderr: { tty: boolean; write(text: string): void };
  now(): number;
}

const processIo: MatrixIo = {
  out: (text) =>
    process.stdout.write(text)
      ? undefined
      : new Promise<void>((resolve) => process.stdout.once('drain', resolve)),
  err: (line) => console.error(line),
  stderr: { tty: process.stderr.isTTY === true, write: (text) => process.stderr.write(text) },
  now: () => performance.now(),
};

/** Opens --out before any work, so a path that cannot be written fails at once. */
function openOut(path: string): number {
  try {
    return openSync(path, 'w');
  } catch (e) {
    throw new UsageError(`--out: cannot write "${path}" (${(e as NodeJS.ErrnoException).code})`);
  }
}

/**
 * Runs the tool on `argv` (the arguments after the script); returns the exit status. `router`
 * replaces the one loaded from geo/ (the benchmark's larger simulated port sets).
 */
export async function runMatrix(
  argv: readonly string[],
  io: MatrixIo = processIo,
  router?: SeaRouter,
): Promise<number> {
  let fd: number | null = null;
  try {
    const args = parseArgs(argv);
    if (args === 'help') {
      await io.out(`${HELP}\n`);
      return 0;
    }
    const sea = router ?? loadSeaRouter();
    const ports = selectPorts(sea, args.select);
    const ids = ports.map((p) => p.id);
    const options = { avoid: args.avoid, open: args.open };
    const problem = checkVoyageOptions(options);
    if (problem) throw new UsageError(problem);
    fd = args.out === null ? null : openOut(args.out);
    const started = io.now();
    // The long table's km inside ECAs: per CH edge, summed along each cell's path, plus each
    // end's approach and snap legs, measured as npm run route measures a route (lib/eca).
    const shapes = args.format === 'long' ? loadEcaShapes() : [];
    const ecas = hierarchyEcaKm(sea.graph, shapes);
    const result = createDistanceTable(
      sea,
      ids,
      options,
      ecas.map((area) => area.km),
    );
    if (!result.ok) throw new UsageError(result.error.message);
    const { table } = result;
    const unplaced = table.anchors.flatMap((a, i) =>
      a.ok ? [] : [`${ids[i]} (${a.error.message})`],
    );
    if (unplaced.length > 0) {
      io.err(
        `matrix: ${unplaced.length} port(s) with no place on the network, their rows and columns left empty: ${unplaced.join('; ')}`,
      );
    }
    const write = async (text: string) => {
      if (fd === null) await io.out(text);
      else writeSync(fd, text);
    };
    const progress = createProgress(ids.length, {
      label: 'matrix',
      unit: 'rows',
      ...io.stderr,
      now: io.now,
    });
    const csv = tableCsv(
      ids,
      args.format,
      args.unit,
      ecas.map((area) => area.id),
    );
    const ends = endLegsEcaKm(ports, table.anchors, shapes);
    await write(csv.header);
    for (let i = 0; i < ids.length; i++) {
      const long = args.format === 'long';
      const row = table.row(i, long, long);
      if (long) addEndLegs(row, i, ends);
      await write(csv.records(i, row));
      progress.tick(i + 1);
    }
    progress.finish();
    if (args.out !== null) {
      const seconds = ((io.now() - started) / 1000).toFixed(1);
      const n = ids.length.toLocaleString('en-GB');
      io.err(
        `matrix: ${n} × ${n} ports (${(ids.length ** 2).toLocaleString('en-GB')} pairs) in ${seconds} s → ${args.out}`,
      );
    }
    return 0;
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    io.err(`matrix: ${e.message}. ${USAGE}`);
    return 2;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  process.exitCode = await runMatrix(process.argv.slice(2));
