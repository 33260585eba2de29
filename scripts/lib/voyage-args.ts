/**
 * The route command's voyage flags (issue #30): --via, --through, --draft, --month, their help,
 * and what they add to the JSON (legs, forced passages, the passages closed by draft or season
 * with their reasons and sources, port draft flags). Kept apart from scripts/route-cli.ts so the
 * command's other flags can change beside it.
 */
import { checkVoyageOptions } from '../../src/lib/routing/voyage';
import { DRAFT_RANGE_M, MAX_THROUGH, MAX_VIA } from '../../src/lib/routing/voyage-limits';
import { round1, seaDays, type Endpoint, type PassageId } from '../../src/lib/routing/index';
import type { SeaRoute, Voyage, VoyageOptions } from '../../src/lib/routing/route';
import {
  DRAFT_LIMITS,
  SEASONS,
  formatMetres,
  sourceLine,
} from '../../src/lib/routing/passage-limits';

/** The flags this module reads (each takes a value). */
export const VOYAGE_FLAGS = ['via', 'through', 'draft', 'month'] as const;

export const VOYAGE_USAGE = '[--via ports] [--through ids] [--draft metres] [--month 1-12]';

/** A bad voyage flag, in words (the command prints it and exits 2). */
export class VoyageFlagError extends Error {}

export type VoyageArgs = Pick<VoyageOptions, 'via' | 'through' | 'draftM' | 'month'>;

const LON_LAT = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/;

/** --via values: each a "lon,lat" point, or port ids or names joined by commas. */
function stops(values: readonly string[]): Endpoint[] {
  return values.flatMap((v): Endpoint[] => {
    const m = LON_LAT.exec(v);
    if (m) return [[Number(m[1]), Number(m[2])]];
    return v
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  });
}

/** The voyage options from the flags' values (`one` returns a flag given at most once). */
export function parseVoyageFlags(
  values: Readonly<Record<(typeof VOYAGE_FLAGS)[number], readonly string[]>>,
  one: (name: (typeof VOYAGE_FLAGS)[number]) => string | undefined,
): VoyageArgs {
  const via = stops(values.via);
  // Ids are checked by the router's own rule, which says why "cape" is not a passage.
  const through = values.through
    .flatMap((v) => v.split(','))
    .map((v) => v.trim().toLowerCase()) as PassageId[];
  const draftText = one('draft');
  const draftM = draftText === undefined ? undefined : Number(draftText);
  const { min, max } = DRAFT_RANGE_M;
  if (draftM !== undefined && !(draftText!.trim() !== '' && draftM >= min && draftM <= max)) {
    throw new VoyageFlagError(
      `--draft must be a number of metres from ${min} to ${max}, got "${draftText}"`,
    );
  }
  const monthText = one('month');
  const month = monthText === undefined ? undefined : Number(monthText);
  if (month !== undefined && !(/^\d{1,2}$/.test(monthText!) && month >= 1 && month <= 12)) {
    throw new VoyageFlagError(`--month must be a whole number from 1 to 12, got "${monthText}"`);
  }
  const args: VoyageArgs = {
    ...(via.length > 0 ? { via } : {}),
    ...(through.length > 0 ? { through } : {}),
    ...(draftM === undefined ? {} : { draftM }),
    ...(month === undefined ? {} : { month }),
  };
  const problem = checkVoyageOptions(args);
  if (problem) throw new VoyageFlagError(problem);
  return args;
}

/** The voyage flags' lines for --help. */
export function voyageHelp(): string[] {
  const limits = Object.entries(DRAFT_LIMITS).map(
    ([id, l]) => `      ${id}: ${l.label}, ${formatMetres(l.metres)} (${sourceLine(l.source)})`,
  );
  const seasons = Object.entries(SEASONS).map(
    ([id, s]) => `      ${id}: ${s.period}, ${s.rules} (${sourceLine(s.source)})`,
  );
  return [
    `  --via ports      stops on the way, in order: port ids or names joined by commas (at most ${MAX_VIA}),`,
    '                   or a "lon,lat" point per --via; each leg is a plain route, km the sum of the legs,',
    '                   and --allowance counts once per port call (each stop and the destination)',
    `  --through ids    passages the route must pass, in whichever direction is shorter (at most ${MAX_THROUGH});`,
    '                   opens one closed by default; one also avoided is refused',
    `  --draft metres   the ship's draft (${DRAFT_RANGE_M.min}-${DRAFT_RANGE_M.max} m): closes passages whose published limit is`,
    '                   below it, and flags ports whose maximum vessel draft is below it. Limits:',
    ...limits,
    '  --month 1-12     closes passages whose season excludes a ship without ice class that month:',
    ...seasons,
  ];
}

/** One leg as the JSON prints it. */
function legJson(leg: SeaRoute, knots: number) {
  const label = (end: SeaRoute['origin']) => end.port?.id ?? end.coordinates.join(',');
  return {
    from: label(leg.origin),
    to: label(leg.destination),
    km: round1(leg.km),
    nm: round1(leg.nm),
    days: round1(seaDays(leg.nm, knots)),
    passages: leg.passages,
    approachKm: {
      origin: round1(leg.approachKm.origin),
      destination: round1(leg.approachKm.destination),
    },
    snapKm: { origin: round1(leg.snapKm.origin), destination: round1(leg.snapKm.destination) },
    networkKm: round1(leg.networkKm),
  };
}

/** What a voyage adds to the command's JSON. */
export function voyageJson(v: Voyage, knots: number) {
  return {
    legs: v.legs.map((leg) => legJson(leg, knots)),
    portCalls: v.legs.length,
    through: v.through,
    draftM: v.draftM,
    month: v.month,
    closedBy: v.closedBy.map((c) => ({
      passage: c.id,
      by: c.by,
      reason: c.reason,
      source: c.source,
    })),
    portDraftFlags: v.portDraftFlags,
    cautions: v.cautions,
  };
}

/** The voyage's lines for the JSON's assumptions. */
export function voyageAssumptions(v: Voyage, allowancePerCall: number): string[] {
  return [
    `Allowance: ${allowancePerCall} days per port call × ${v.legs.length} call${v.legs.length === 1 ? '' : 's'} (each stop and the destination).`,
    ...(v.draftM === null
      ? []
      : [
          `Draft ${formatMetres(v.draftM)}: canals closed where their published limit is lower (closedBy); a limit is one figure, while the canal's own rules also weigh beam, length and water level.`,
        ]),
  ];
}
