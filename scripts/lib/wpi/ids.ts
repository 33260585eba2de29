/**
 * Ids of the world catalogue: the curated id for a curated port (`chennai`), else the lower-case
 * LOCODE where this port owns it (`inmaa`), else `wpi-<World Port Index number>`. Pure; tested in
 * tests/ports/ids.test.ts.
 */
import { wpiId } from './clean';
import type { RepeatedLocode, WpiPort } from './rows';

/** Ids for the WPI ports, given the ids already taken (the curated ones) and the repeats. */
export function assignIds(
  rows: readonly WpiPort[],
  curatedIdOf: ReadonlyMap<number, string>,
  repeats: readonly RepeatedLocode[],
): Map<number, string> {
  const notOwner = new Set(repeats.flatMap((r) => r.others));
  const taken = new Set(curatedIdOf.values());
  const ids = new Map<number, string>();
  for (const r of rows) {
    const curated = curatedIdOf.get(r.wpi);
    if (curated) {
      ids.set(r.wpi, curated);
      continue;
    }
    const byLocode = r.locode && !notOwner.has(r.wpi) ? r.locode.toLowerCase() : undefined;
    ids.set(r.wpi, byLocode && !taken.has(byLocode) ? byLocode : wpiId(r.wpi));
  }
  return ids;
}
