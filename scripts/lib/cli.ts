/** Argument helpers shared by the command-line tools (route, matrix). */
import { PASSAGE_IDS, isPassageId, type PassageId } from '../../src/lib/routing/index';

/** A bad argument: the tool prints its message on one line and exits with status 2. */
export class UsageError extends Error {}

/** Passage ids from --avoid/--open values, comma-separated or repeated; throws on unknown ids. */
export function passages(values: string[]): PassageId[] {
  const ids = values.flatMap((v) => v.split(',')).map((v) => v.trim().toLowerCase());
  for (const id of ids) {
    if (!isPassageId(id))
      throw new UsageError(`unknown passage "${id}" (known: ${PASSAGE_IDS.join(', ')})`);
  }
  return ids as PassageId[];
}
