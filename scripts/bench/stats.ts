/** Small statistics for the benchmarks. */

/** The p-quantile (0..1) of a list of numbers, by linear interpolation. */
export function quantile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const index = (sorted.length - 1) * p;
  const lo = Math.floor(index);
  const hi = Math.ceil(index);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (index - lo);
}

export const median = (values: readonly number[]): number => quantile(values, 0.5);

export function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}
