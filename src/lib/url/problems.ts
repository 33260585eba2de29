/**
 * What the parser ignored or changed, as plain-text notices. Messages quote at most a short,
 * sanitised excerpt of the input, so markup in a link never reaches the page.
 */

export type UrlProblemCode =
  /** A value is not in its catalogue (view, claim, panel, layer, port, passage). */
  | 'unknown-id'
  /** A key this version does not know. */
  | 'unknown-key'
  /** A number outside its range: clamped, or the value dropped (points at sea). */
  | 'out-of-range'
  /** A value that does not match its grammar (empty, NaN, wrong number of parts…). */
  | 'malformed'
  /** A key given more than once: the first occurrence wins. */
  | 'duplicate'
  /** The hash is longer than MAX_HASH_LENGTH: only its start was read. */
  | 'too-long'
  /** Broken percent-encoding (e.g. `%E0%A4%A`): that part was dropped. */
  | 'bad-encoding'
  /** `v=` names a version newer than this app: read as the current one. */
  | 'unsupported-version'
  /** A passage both avoided and opened: avoid wins. */
  | 'conflict'
  /** More problems than MAX_PROBLEMS: the rest are summarised. */
  | 'too-many';

export interface UrlProblem {
  /** The URL key concerned (sanitised), or '' for the hash as a whole. */
  readonly key: string;
  readonly code: UrlProblemCode;
  /** One plain-text sentence, safe to show. */
  readonly message: string;
  /** The excerpt of the value concerned, when there is one (safe to show). */
  readonly value?: string;
}

/** At most this many problems are reported; the last slot then summarises the rest. */
export const MAX_PROBLEMS = 10;
const EXCERPT_CHARS = 24;

/** A short excerpt of untrusted input that can only contain [A-Za-z0-9._,:/-] (plus '…'). */
export function excerpt(raw: string): string {
  const clean = raw.slice(0, 4 * EXCERPT_CHARS).replace(/[^A-Za-z0-9._,:/-]/g, '');
  return clean.length > EXCERPT_CHARS ? `${clean.slice(0, EXCERPT_CHARS)}…` : clean;
}

/** A problem whose message quotes `value` only through `excerpt`. */
export function problem(
  key: string,
  code: UrlProblemCode,
  text: string,
  value?: string,
): UrlProblem {
  const k = excerpt(key);
  const quoted = value === undefined ? '' : ` ("${excerpt(value)}")`;
  return {
    key: k,
    code,
    message: `${k ? `${k}: ` : ''}${text}${quoted}.`,
    ...(value === undefined ? {} : { value: excerpt(value) }),
  };
}

/** `problems` cut to MAX_PROBLEMS, the last entry counting what was left out. */
export function capProblems(problems: readonly UrlProblem[]): UrlProblem[] {
  if (problems.length <= MAX_PROBLEMS) return [...problems];
  const kept = problems.slice(0, MAX_PROBLEMS - 1);
  const rest = problems.length - kept.length;
  return [...kept, { key: '', code: 'too-many', message: `${rest} more problems were ignored.` }];
}
