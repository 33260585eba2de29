/**
 * What the planner's voyage controls read (issue #30): the order of the stops after a move or a
 * removal, and a draft typed in metres. The URL codec checks links by the same limits.
 */
import { LIMITS } from '../url/state';

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
