/** Kilometres in one international nautical mile: exactly 1,852 m by definition. */
export const KM_PER_NM = 1.852;

/** Converts kilometres to nautical miles. */
export function kmToNm(km: number): number {
  return km / KM_PER_NM;
}

/** Converts nautical miles to kilometres. */
export function nmToKm(nm: number): number {
  return nm * KM_PER_NM;
}
