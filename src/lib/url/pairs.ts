/**
 * The hash as key/value pairs, before any key is read: leading `#`s, percent-decoding, the length
 * cap and MapLibre's unnamed camera; and the `v=` check. codec.ts reads the pairs.
 */
import { URL_FORMAT_VERSION } from './state';
import type { UrlProblem } from './problems';
import { problem } from './problems';

/** Longest hash read; ours stay under 600 characters. Beyond, only whole pairs before it count. */
export const MAX_HASH_LENGTH = 2000;

/** `decodeURIComponent` that reports failure instead of throwing. */
function safeDecode(s: string): string | null {
  try {
    return decodeURIComponent(s);
  } catch {
    return null;
  }
}

/** Splits the hash into decoded key/value pairs, applying the length cap. */
export function readPairs(hash: string, problems: UrlProblem[]): [string, string][] {
  const hashes = /^#*/.exec(hash)?.[0].length ?? 0;
  if (hashes > 1) problems.push(problem('', 'malformed', 'extra "#" at the start ignored'));
  let body = hash.slice(hashes);
  if (body.length > MAX_HASH_LENGTH) {
    problems.push(
      problem(
        '',
        'too-long',
        `the link is over ${MAX_HASH_LENGTH} characters; only its start was read`,
      ),
    );
    // Keep whole pairs only: a cut value ("speed=12" → "speed=1") would be silently wrong.
    const whole = body[MAX_HASH_LENGTH] === '&';
    body = body.slice(0, MAX_HASH_LENGTH);
    if (!whole) body = body.slice(0, Math.max(0, body.lastIndexOf('&')));
  }
  const pairs: [string, string][] = [];
  body.split('&').forEach((segment, index) => {
    if (segment === '') return;
    const eq = segment.indexOf('=');
    const key = safeDecode(eq < 0 ? segment : segment.slice(0, eq));
    const value = safeDecode(eq < 0 ? '' : segment.slice(eq + 1));
    if (key === null || value === null) {
      problems.push(problem(key ?? segment, 'bad-encoding', 'broken percent-encoding, ignored'));
    } else if (index === 0 && eq < 0 && key.includes('/')) {
      // MapLibre's unnamed hash (`#zoom/lat/lng…`, option `hash: true`): read it as `map=`.
      pairs.push(['map', key]);
    } else {
      pairs.push([key, value]);
    }
  });
  return pairs;
}

/** Checks `v=`; every version up to the current one is read by this parser. */
export function checkVersion(value: string | undefined, problems: UrlProblem[]): void {
  if (value === undefined) return; // No `v=`: version 1, the first format.
  const v = /^\d{1,4}$/.test(value) ? Number(value) : NaN;
  if (!(v >= 1)) problems.push(problem('v', 'malformed', 'not a format version, ignored', value));
  else if (v > URL_FORMAT_VERSION) {
    problems.push(
      problem(
        'v',
        'unsupported-version',
        `newer than ${URL_FORMAT_VERSION}; read as ${URL_FORMAT_VERSION}`,
      ),
    );
  }
  // Version 2 and later will add their migrations to the current format here.
}
