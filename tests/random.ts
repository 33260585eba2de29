/** Deterministic pseudo-random numbers for tests (a 32-bit LCG), so failures reproduce. */

/** The LCG's successive 32-bit unsigned integers from a seed. */
export function lcg(seed: number): () => number {
  let x = seed >>> 0;
  return () => (x = (Math.imul(x, 1664525) + 1013904223) >>> 0);
}

/** Numbers in [0, 1) from the same sequence. */
export function random(seed: number): () => number {
  const next = lcg(seed);
  return () => next() / 2 ** 32;
}
