/**
 * What the planner's voyage controls read (issue #30): the order of the stops after a move or a
 * removal, a draft typed in metres, a passage both forced and avoided, and which state changes
 * ask for a new route. Loaded with the planner only (the opening view carries none of it).
 */
import type { PassageId } from '../routing/passages';
import { MAX_THROUGH } from '../routing/voyage-limits';
import { LIMITS, type UrlState } from '../url/state';

/** What a stop's buttons do. */
export type StopAction = 'up' | 'down' | 'remove';

/** The stops with `action` applied to the one at `index` (pure; the order is the voyage's). */
export function movedStops(via: readonly string[], index: number, action: StopAction): string[] {
  const next = [...via];
  if (action === 'remove') next.splice(index, 1);
  else {
    const other = action === 'up' ? index - 1 : index + 1;
    if (other < 0 || other >= next.length) return next;
    [next[index], next[other]] = [next[other]!, next[index]!];
  }
  return next;
}

/** A draft typed by the reader: metres in the link's range, empty for none, or what is wrong. */
export function readDraft(
  text: string,
): { ok: true; value: number | null } | { ok: false; problem: 'nan' | 'range' } {
  const clean = text.trim().replace(',', '.');
  if (clean === '') return { ok: true, value: null };
  // Plain decimals only: Number() would also take "0x10" and "1e1".
  if (!/^\d+(\.\d+)?$/.test(clean)) return { ok: false, problem: 'nan' };
  const n = Number(clean);
  if (n < LIMITS.draft.min || n > LIMITS.draft.max) return { ok: false, problem: 'range' };
  return { ok: true, value: n };
}

/** The planner's three lists of passages. */
export type PassageGroup = 'avoid' | 'open' | 'through';

/**
 * What ticking or unticking a box contradicts: forcing an avoided passage (refused), or avoiding
 * a forced one (it is no longer forced); null when nothing is.
 */
export function passageConflict(
  url: { avoid: readonly PassageId[]; through: readonly PassageId[] },
  group: PassageGroup,
  id: PassageId,
  checked: boolean,
): 'avoided' | 'unforced' | 'too-many' | null {
  if (!checked) return null;
  if (group === 'through' && url.avoid.includes(id)) return 'avoided';
  if (group === 'through' && url.through.length >= MAX_THROUGH) return 'too-many';
  if (group === 'avoid' && url.through.includes(id)) return 'unforced';
  return null;
}

/** The URL keys a planner request is made of. */
const REQUEST_KEYS = ['from', 'to', 'avoid', 'open', 'via', 'through', 'draft', 'month'] as const;

/** Whether two URL states ask the planner different questions (the state keeps unchanged lists). */
export function requestChanged(
  a: Pick<UrlState, (typeof REQUEST_KEYS)[number]>,
  b: Pick<UrlState, (typeof REQUEST_KEYS)[number]>,
): boolean {
  return REQUEST_KEYS.some((key) => a[key] !== b[key]);
}
