/**
 * The `pins=` value: up to three pinned routes, each `from_to[_avoid[_open]]` followed by its
 * voyage settings as tagged fields (`via:colombo+singapore`, `through:suez`, `draft:16`,
 * `month:8`; issue #30). A pin without tags is a plain route, so links pinned before the tags
 * existed read exactly as before. tokens.ts writes what this reads.
 */
import { isPassageId, type PassageId } from '../routing/passages';
import { readDraft, readMonth, readPlace, readVia } from './fields';
import { canonicalPin } from './planner';
import type { UrlProblem } from './problems';
import { problem } from './problems';
import { MAX_PINS, type PinnedRoute, type VoyageSettings } from './state';

/**
 * Separators of `pins=`: pins by `;`, a pin's fields by `_`, ids within a field by `+`, a tag
 * from its value by `:` (a tagged field always follows the two ends, whose `p:` never does).
 */
export const PIN_SEPARATORS = { pin: ';', field: '_', passage: '+', tag: ':' } as const;

/** The tags a pin may carry, in the order they are written. */
export const PIN_TAGS = ['via', 'through', 'draft', 'month'] as const;
type PinTag = (typeof PIN_TAGS)[number];

type Problems = UrlProblem[];

/** Passage ids joined by `+`: known ones kept, unknown ones reported. */
function passages(list: string, problems: Problems): PassageId[] {
  return list
    .split(PIN_SEPARATORS.passage)
    .filter((id) => id !== '')
    .filter((id): id is PassageId => {
      if (isPassageId(id)) return true;
      problems.push(problem('pins', 'unknown-id', 'unknown passage, ignored', id));
      return false;
    });
}

/** A pin's voyage settings from its tagged fields; null when a tag is unknown or repeated. */
function readTags(
  tagged: readonly string[],
  portIds: ReadonlySet<string>,
  problems: Problems,
): Partial<VoyageSettings> | null {
  const seen = new Set<PinTag>();
  const voyage: { -readonly [K in keyof VoyageSettings]?: VoyageSettings[K] } = {};
  for (const field of tagged) {
    const at = field.indexOf(PIN_SEPARATORS.tag);
    const tag = PIN_TAGS.find((t) => t === field.slice(0, at));
    const value = field.slice(at + 1);
    if (tag === undefined || seen.has(tag)) return null;
    seen.add(tag);
    if (tag === 'via')
      voyage.via = readVia('pins', value, portIds, PIN_SEPARATORS.passage, problems);
    else if (tag === 'through') voyage.through = passages(value, problems);
    else if (tag === 'draft') voyage.draft = readDraft('pins', value, problems);
    else voyage.month = readMonth('pins', value, problems);
  }
  return voyage;
}

/**
 * Pinned routes, joined by `;`; each end a port id or `p:lng,lat`, each list joined by `+`. A pin
 * with a bad end, a third untagged field or an unknown tag is dropped; an unknown id or a hostile
 * value inside it is dropped from it; beyond MAX_PINS, the rest are ignored.
 */
export function readPins(
  value: string,
  portIds: ReadonlySet<string>,
  problems: Problems,
): PinnedRoute[] {
  const pins: PinnedRoute[] = [];
  const tokens = value.split(PIN_SEPARATORS.pin).filter((t) => t !== '');
  if (tokens.length > MAX_PINS) {
    problems.push(problem('pins', 'out-of-range', `at most ${MAX_PINS} routes; the rest ignored`));
  }
  for (const token of tokens.slice(0, MAX_PINS)) {
    const [from = '', to = '', ...rest] = token.split(PIN_SEPARATORS.field);
    const tagged = rest.filter((f) => f.includes(PIN_SEPARATORS.tag));
    const [avoid = '', open = '', ...extra] = rest.filter((f) => !f.includes(PIN_SEPARATORS.tag));
    const before = problems.length;
    const a = readPlace('pins', from, portIds, problems);
    const b = readPlace('pins', to, portIds, problems);
    const voyage = a && b && extra.length === 0 ? readTags(tagged, portIds, problems) : null;
    if (a === null || b === null || voyage === null) {
      if (problems.length === before) {
        problems.push(
          problem('pins', 'malformed', 'expected from_to_avoid_open and tags, ignored', token),
        );
      }
      continue;
    }
    const pin = canonicalPin({
      from: a,
      to: b,
      avoid: passages(avoid, problems),
      open: passages(open, problems),
      ...voyage,
    });
    const unforced = (voyage.through ?? []).filter((id) => pin.avoid.includes(id));
    if (unforced.length > 0) {
      problems.push(
        problem('pins', 'conflict', 'forced and avoided: avoid wins', unforced.join(',')),
      );
    }
    pins.push(pin);
  }
  return pins;
}
