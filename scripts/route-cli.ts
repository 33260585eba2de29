/**
 * Command-line sea routing for analysts:
 *   npm run route -- --from chennai --to vladivostok [--avoid malacca] [--open northeast] [--speed 14]
 * --from/--to take a port id, name or alias, or "lon,lat". --avoid/--open take passage ids,
 * comma-separated or repeated. Prints JSON; bad arguments print one line and exit with code 2
 * (1 when the arguments are valid but every way is closed).
 */
import { loadSeaRouter } from './lib/load-network';
import {
  PASSAGE_IDS,
  isPassageId,
  round1,
  seaDays,
  type Endpoint,
  type PassageId,
} from '../src/lib/routing/index';

const USAGE =
  'usage: npm run route -- --from <port|lon,lat> --to <port|lon,lat> [--avoid ids] [--open ids] [--speed knots]';

class UsageError extends Error {}

interface Args {
  from: Endpoint;
  to: Endpoint;
  avoid: PassageId[];
  open: PassageId[];
  speed: number;
}

function endpoint(value: string): Endpoint {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value);
  return m ? [Number(m[1]), Number(m[2])] : value;
}

function passages(values: string[]): PassageId[] {
  const ids = values.flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase());
  for (const id of ids) {
    if (!isPassageId(id))
      throw new UsageError(`unknown passage "${id}" (known: ${PASSAGE_IDS.join(', ')})`);
  }
  return ids as PassageId[];
}

function parseArgs(argv: string[]): Args {
  const values: Record<string, string[]> = { from: [], to: [], avoid: [], open: [], speed: [] };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    const name = flag.replace(/^--/, '');
    if (!flag.startsWith('--') || !(name in values))
      throw new UsageError(`unknown argument "${flag}"`);
    const value = argv[++i];
    if (value === undefined || value.startsWith('--'))
      throw new UsageError(`${flag} needs a value`);
    values[name]!.push(value);
  }
  const one = (name: string): string | undefined => {
    if (values[name]!.length > 1) throw new UsageError(`--${name} given more than once`);
    return values[name]![0];
  };
  const from = one('from');
  const to = one('to');
  if (!from || !to) throw new UsageError('--from and --to are required');
  const speedText = one('speed') ?? '14';
  const speed = Number(speedText);
  if (!Number.isFinite(speed) || speed <= 0 || speed > 60) {
    throw new UsageError(`--speed must be a number of knots in (0, 60], got "${speedText}"`);
  }
  return {
    from: endpoint(from),
    to: endpoint(to),
    avoid: passages(values.avoid!),
    open: passages(values.open!),
    speed,
  };
}

function main(): number {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`route: ${e.message}. ${USAGE}`);
    return 2;
  }
  const router = loadSeaRouter();
  const result = router.findSeaRoute(args.from, args.to, { avoid: args.avoid, open: args.open });
  if (!result.ok) {
    console.error(`route: ${result.error.code}: ${result.error.message}`);
    // A valid question with no answer (every way closed) is not a usage error.
    return result.error.code === 'no-route' ? 1 : 2;
  }
  const r = result.route;
  const label = (end: typeof r.origin) => end.port?.id ?? end.coordinates.join(',');
  const out = {
    from: label(r.origin),
    to: label(r.destination),
    km: round1(r.km),
    nm: round1(r.nm),
    passages: r.passages,
    closedPassages: r.closed,
    speedKnots: args.speed,
    days: round1(seaDays(r.nm, args.speed)),
    legs: {
      approachKm: {
        origin: round1(r.approachKm.origin),
        destination: round1(r.approachKm.destination),
      },
      snapKm: { origin: round1(r.snapKm.origin), destination: round1(r.snapKm.destination) },
      networkKm: round1(r.networkKm),
    },
    assumptions: [
      'Shortest path on the Eurostat SeaRoute marnet 20 km network (EUPL-1.2); km include the port approach and snap legs at both ends.',
      '1 nm = 1.852 km exactly; days = nm / (knots × 24): constant speed, no port, canal, weather or bunkering time.',
      'Closed unless opened: kiel, corinth, northwest, northeast (Northern Sea Route).',
    ],
  };
  console.log(JSON.stringify(out, null, 2));
  return 0;
}

process.exitCode = main();
