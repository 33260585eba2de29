/**
 * Command-line sea routing for analysts:
 *   npm run route -- --from chennai --to vladivostok [--avoid malacca] [--open northeast] [--speed 14]
 *     [--vessel container-5000] [--fuel hfo|lfo|mgo|lng] [--allowance days] [--price usd-per-tonne]
 *     [--via colombo,singapore] [--through suez] [--draft 16] [--month 2]
 *     [--scrubber]
 *   npm run route -- --list-vessels | --help
 *   npm run route -- --list-ports | --find <text>
 * --from/--to take a port id, a UN/LOCODE, a name or alias, or "lon,lat" (scripts/lib/port-args.ts). --avoid/--open take passage ids,
 * comma-separated or repeated. Prints JSON with the voyage's fuel and CO₂ (and its cost when
 * --price is given; docs/costs.md), its km inside Emission Control Areas and, for a
 * high-sulphur fuel without --scrubber, the gas oil burned there (docs/eca.md); bad arguments print one line and exit with code 2 (1 when
 * the arguments are valid but every way is closed).
 */
import { ECAS_NOT_INCLUDED } from '../src/content/ecas';
import { DEFAULT_FUEL, FUEL_IDS, FUELS, isFuelId, type FuelId } from '../src/content/fuels';
import {
  DEFAULT_VESSEL,
  VESSEL_IDS,
  VESSELS,
  isVesselId,
  type Source,
  type VesselId,
} from '../src/content/vessels';
import { checkPrice, vesselDailyFuel } from '../src/lib/costs/model';
import { voyageCostWithEca } from '../src/lib/costs/eca-switch';
import { measureEcaKm } from '../src/lib/eca/index';
import { loadEcaShapes } from './lib/load-ecas';
import { passages, UsageError } from './lib/cli';
import { loadSeaRouter } from './lib/load-network';
import { PortArgError, portCommand, portEndpoint, routePortsJson } from './lib/port-args';
import {
  parseVoyageFlags,
  VOYAGE_FLAGS,
  VOYAGE_USAGE,
  voyageAssumptions,
  voyageHelp,
  voyageJson,
  VoyageFlagError,
  type VoyageArgs,
} from './lib/voyage-args';
import {
  round1,
  seaDays,
  type Endpoint,
  type PassageId,
  type SeaRouter,
} from '../src/lib/routing/index';

const USAGE =
  'usage: npm run route -- --from <port|LOCODE|lon,lat> --to <port|LOCODE|lon,lat> [--avoid ids] [--open ids] ' +
  '[--speed knots] [--vessel id] [--fuel hfo|lfo|mgo|lng] [--allowance days] [--price usd-per-tonne]' +
  ` ${VOYAGE_USAGE} [--scrubber] | --list-vessels | --list-ports | --find <text> | --help`;

interface Args {
  from: string;
  to: string;
  avoid: PassageId[];
  open: PassageId[];
  speed: number;
  vessel: VesselId;
  fuel: FuelId;
  allowance: number;
  /** USD per tonne when --price is given. */
  price: number | null;
  voyage: VoyageArgs;
  /** --scrubber: the chosen fuel is burned inside ECAs too. */
  scrubber: boolean;
}

function parseArgs(argv: string[]): Args {
  const values: Record<string, string[]> = {
    from: [],
    to: [],
    avoid: [],
    open: [],
    speed: [],
    vessel: [],
    fuel: [],
    allowance: [],
    price: [],
    ...Object.fromEntries(VOYAGE_FLAGS.map((f) => [f, []])),
  };
  let scrubber = false;
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]!;
    if (flag === '--scrubber') {
      // A switch: it takes no value.
      scrubber = true;
      continue;
    }
    const name = flag.replace(/^--/, '');
    if (!flag.startsWith('--') || !Object.hasOwn(values, name))
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
  const vessel = one('vessel') ?? DEFAULT_VESSEL;
  if (!isVesselId(vessel))
    throw new UsageError(`unknown vessel "${vessel}" (known: ${VESSEL_IDS.join(', ')})`);
  const fuel = one('fuel') ?? DEFAULT_FUEL;
  if (!isFuelId(fuel))
    throw new UsageError(`unknown fuel "${fuel}" (known: ${FUEL_IDS.join(', ')})`);
  const allowanceText = one('allowance') ?? '0';
  const allowance = Number(allowanceText);
  if (allowanceText.trim() === '' || !Number.isFinite(allowance) || allowance < 0) {
    throw new UsageError(`--allowance must be a number of days ≥ 0, got "${allowanceText}"`);
  }
  const priceText = one('price');
  const price = priceText === undefined ? null : checkPrice(priceText);
  if (price && !price.ok) throw new UsageError(`--price: ${price.problem.replace(/\.$/, '')}`);
  return {
    from,
    to,
    avoid: passages(values.avoid!),
    open: passages(values.open!),
    speed,
    vessel,
    fuel,
    allowance,
    price: price?.ok ? price.value : null,
    voyage: parseVoyageFlags({ via: [], through: [], draft: [], month: [], ...values }, one),
    scrubber,
  };
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** One line per distinct source: title, table or page, year, and where it was read. */
function sourceLines(sources: Source[]): string[] {
  const lines = sources.map(
    (s) => `${s.title}, ${s.publisher}, ${s.year}, ${s.table ?? s.page}; read ${s.readIn}`,
  );
  return [...new Set(lines)];
}

/** The vessel catalogue as JSON-ready objects (--list-vessels). */
function vesselList() {
  return VESSEL_IDS.map((id) => {
    const v = VESSELS[id];
    const perFuel = Object.fromEntries(
      FUEL_IDS.map((f) => {
        const d = vesselDailyFuel(v, FUELS[f]);
        const t = (x: number) => round(x, 2);
        const day = { mainAtDesignSpeed: t(d.mainAtDesignSpeedT), auxAtSea: t(d.auxSeaT) };
        return [f, { ...day, auxInPort: t(d.auxPortT) }];
      }),
    );
    const inputs = [v.designSpeedKn, v.mainEngineKw, v.auxKw.sea, v.boilerKw.sea];
    const sfoc = FUEL_IDS.flatMap((f) => Object.values(FUELS[f].sfoc));
    return {
      id,
      name: v.name,
      designSpeedKn: v.designSpeedKn.value,
      mainEngineKw: v.mainEngineKw.value,
      fuelTonnesPerDay: perFuel,
      capacity: v.capacity && { value: v.capacity.value, unit: v.capacity.unit },
      capacityNote: v.capacityNote,
      sources: sourceLines([...inputs, ...sfoc].map((x) => x.source)),
    };
  });
}

/** Where the CLI writes: standard output and standard error (tests pass their own). */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

const consoleOutput: CliOutput = {
  out: (text) => console.log(text),
  err: (text) => console.error(text),
};

/**
 * The router, loaded on first use and kept: it is immutable between queries, and the world
 * catalogue takes a few hundred ms to load (tests run the CLI many times in one process).
 */
let sharedRouter: SeaRouter | undefined;

/** Runs the CLI on `argv` (the arguments after the script); returns the exit code. */
export function runCli(argv: readonly string[], io: CliOutput = consoleOutput): number {
  let args: Args;
  const loaded = () => (sharedRouter ??= loadSeaRouter());
  let from: Endpoint;
  let to: Endpoint;
  let via: Endpoint[] | undefined;
  try {
    if (argv.includes('--list-vessels')) {
      if (argv.length > 1) throw new UsageError('--list-vessels takes no other arguments');
      io.out(JSON.stringify(vesselList(), null, 2));
      return 0;
    }
    if (argv.includes('--help')) {
      io.out([USAGE, ...voyageHelp()].join('\n'));
      return 0;
    }
    const ports = portCommand(argv, loaded);
    if (ports && 'usage' in ports) throw new UsageError(ports.usage);
    if (ports) {
      io.out(ports.out);
      return 0;
    }
    args = parseArgs([...argv]);
    from = portEndpoint(args.from, loaded(), '--from');
    to = portEndpoint(args.to, loaded(), '--to');
    // Stops named by id, LOCODE or name resolve as the ends do.
    via = args.voyage.via?.map((stop) =>
      typeof stop === 'string' ? portEndpoint(stop, loaded(), '--via') : stop,
    );
  } catch (e) {
    if (e instanceof PortArgError) {
      io.err(`route: ${e.message}.`);
      return 2;
    }
    if (!(e instanceof UsageError || e instanceof VoyageFlagError)) throw e;
    io.err(`route: ${e.message}. ${USAGE}`);
    return 2;
  }
  const result = loaded().findVoyage(from, to, {
    avoid: args.avoid,
    open: args.open,
    ...args.voyage,
    ...(via ? { via } : {}),
  });
  if (!result.ok) {
    io.err(`route: ${result.error.code}: ${result.error.message}`);
    // A valid question with no answer (every way closed) is not a usage error.
    return result.error.code === 'no-route' ? 1 : 2;
  }
  const r = result.route;
  const vessel = VESSELS[args.vessel];
  const fuel = FUELS[args.fuel];
  const eca = measureEcaKm(r.coordinates, loadEcaShapes());
  const cost = voyageCostWithEca({
    nm: r.nm,
    vessel,
    fuel,
    knots: args.speed,
    // The allowance is per port call: one per leg.
    allowanceDays: args.allowance * r.legs.length,
    priceUsdPerTonne: args.price ?? undefined,
    // The route's own km may differ from the sum of its segments by rounding (whole metres).
    ecaKm: Math.min(eca.ecaKm, r.km),
    scrubber: args.scrubber,
  });
  const priced = args.price !== null;
  const fuelPart = (p: NonNullable<typeof cost.split>['chosen']) => ({
    fuel: p.fuel,
    nm: round1(p.nm),
    fuelTonnes: round1(p.fuelT),
    co2Tonnes: round1(p.co2T),
    priceUsdPerTonne: p.priceUsdPerTonne,
    ...(priced ? { costUsd: Math.round(p.costUsd) } : {}),
  });
  const label = (end: typeof r.origin) => end.port?.id ?? end.coordinates.join(',');
  const out = {
    from: label(r.origin),
    to: label(r.destination),
    ports: routePortsJson(r, loaded()),
    km: round1(r.km),
    nm: round1(r.nm),
    passages: r.passages,
    closedPassages: r.closed,
    speedKnots: args.speed,
    days: round1(seaDays(r.nm, args.speed)),
    vessel: args.vessel,
    fuel: args.fuel,
    allowanceDays: args.allowance,
    fuelTonnes: round1(cost.fuelT),
    co2Tonnes: round1(cost.co2T),
    ...(args.price === null
      ? {}
      : { priceUsdPerTonne: args.price, costUsd: Math.round(cost.costUsd) }),
    perUnit: cost.perUnit && {
      unit: cost.perUnit.unit,
      fuelTonnes: round(cost.perUnit.fuelT, 4),
      co2Tonnes: round(cost.perUnit.co2T, 4),
      ...(args.price === null ? {} : { costUsd: round(cost.perUnit.costUsd, 2) }),
    },
    speedRatio: round(cost.speedRatio, 2),
    speedWarning: cost.speedWarning,
    ...voyageJson(r, args.speed),
    ecaKm: round1(eca.ecaKm),
    ecaShare: round(eca.share, 3),
    ecas: eca.areas.map((a) => ({ id: a.id, name: a.name, km: round1(a.km) })),
    scrubber: args.scrubber,
    ...(cost.split
      ? {
          fuelSplit: {
            outsideEcas: fuelPart(cost.split.chosen),
            insideEcas: fuelPart(cost.split.gasOil),
          },
        }
      : {}),
    assumptions: [
      'Shortest path on the Eurostat SeaRoute marnet 20 km network (EUPL-1.2); km include the port approach and snap legs at both ends.',
      '1 nm = 1.852 km exactly; days = nm / (knots × 24): constant speed, no port, canal, weather or bunkering time.',
      'Closed unless opened: kiel, corinth, northwest, northeast (Northern Sea Route).',
      ...voyageAssumptions(r, args.allowance),
      `Fuel: ${vessel.name} (US EPA 2022 Ports Emissions Inventory Guidance, Tables C.3, E.1, E.2) on ${fuel.name}; main engine at (speed ÷ ${vessel.designSpeedKn.value} kn design speed)³ of full load, auxiliary engines and boiler at sea, allowance days at the in-port load (docs/costs.md).`,
      `CO₂ = fuel × ${fuel.carbonFactor.value} t CO₂ per t fuel (IMO MEPC.364(79)).`,
      ...(cost.perUnit
        ? [
            `Per ${cost.perUnit.unit}: the ship full, ${cost.perUnit.capacity} ${cost.perUnit.unit}.`,
          ]
        : []),
      ...(args.price === null ? [] : ['Cost = fuel × the given price; no canal dues.']),
      `ECA km: inside the MARPOL Annex VI Emission Control Areas whose 0.10 % sulphur limit applies (geo/eca-extents.geojson, docs/eca.md); not counted: ${ECAS_NOT_INCLUDED.map((e) => `${e.name}, 0.10 % from ${e.sulphurLimitFrom}`).join('; ')}.`,
      ...(cost.split
        ? [
            `Inside ECAs the ship burns MGO (at most 0.10 % sulphur, MARPOL Annex VI reg. 14.4) at ${cost.split.gasOil.priceUsdPerTonne} USD/t (MABUX MGO, 17 June 2021) and ${FUELS.mgo.carbonFactor.value} t CO₂ per t; ${fuel.name} outside and in port. --scrubber keeps ${fuel.name} throughout (reg. 4.1).`,
          ]
        : []),
      ...(cost.speedWarning
        ? [
            `Warning: ${args.speed} kn is ${Math.round(cost.speedRatio * 100)} % of the design speed, more than 30 % off; the cube law is stretched there.`,
          ]
        : []),
    ],
  };
  io.out(JSON.stringify(out, null, 2));
  return 0;
}

if (import.meta.url === `file://${process.argv[1]}`)
  process.exitCode = runCli(process.argv.slice(2));
