/**
 * Distances on the WGS84 ellipsoid. Eurostat SeaRoute measures its routes with GeoTools'
 * orthodromic (ellipsoidal) distance, so we use Vincenty's inverse formula to stay comparable.
 */

const A = 6378137;
const F = 1 / 298.257223563;
const B = A * (1 - F);
/** Mean Earth radius (IUGG), for haversine and the spherical fallback. */
const MEAN_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/** Great-circle distance in km on a sphere of the mean Earth radius. */
export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const s =
    Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * MEAN_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(s)));
}

/** Vincenty's Δσ term, shared by the inverse and the direct formula. */
function deltaSigma(bigB: number, sinSigma: number, cosSigma: number, cos2SigmaM: number): number {
  return (
    bigB *
    sinSigma *
    (cos2SigmaM +
      (bigB / 4) *
        (cosSigma * (-1 + 2 * cos2SigmaM ** 2) -
          (bigB / 6) * cos2SigmaM * (-3 + 4 * sinSigma ** 2) * (-3 + 4 * cos2SigmaM ** 2)))
  );
}

/** Vincenty's A and B coefficients for u² = cos²α (a² − b²) / b². */
function coefficients(cos2Alpha: number): { bigA: number; bigB: number } {
  const u2 = (cos2Alpha * (A * A - B * B)) / (B * B);
  return {
    bigA: 1 + (u2 / 16384) * (4096 + u2 * (-768 + u2 * (320 - 175 * u2))),
    bigB: (u2 / 1024) * (256 + u2 * (-128 + u2 * (74 - 47 * u2))),
  };
}

/**
 * Vincenty's inverse formula on WGS84: distance in km and initial azimuth in radians (clockwise
 * from north), or null when it does not converge (nearly antipodal points).
 */
export function geodesicInverse(
  lon1: number,
  lat1: number,
  lon2: number,
  lat2: number,
): { km: number; azimuth: number } | null {
  if (lon1 === lon2 && lat1 === lat2) return { km: 0, azimuth: 0 };
  const L = (lon2 - lon1) * RAD;
  const U1 = Math.atan((1 - F) * Math.tan(lat1 * RAD));
  const U2 = Math.atan((1 - F) * Math.tan(lat2 * RAD));
  const sinU1 = Math.sin(U1);
  const cosU1 = Math.cos(U1);
  const sinU2 = Math.sin(U2);
  const cosU2 = Math.cos(U2);
  let lambda = L;
  for (let i = 0; i < 100; i++) {
    const sinL = Math.sin(lambda);
    const cosL = Math.cos(lambda);
    const sinSigma = Math.sqrt((cosU2 * sinL) ** 2 + (cosU1 * sinU2 - sinU1 * cosU2 * cosL) ** 2);
    if (sinSigma === 0) return { km: 0, azimuth: 0 };
    const cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
    const sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinL) / sinSigma;
    const cos2Alpha = 1 - sinAlpha * sinAlpha;
    // On the equator cos2Alpha is 0 and the term below is defined as 0.
    const cos2SigmaM = cos2Alpha === 0 ? 0 : cosSigma - (2 * sinU1 * sinU2) / cos2Alpha;
    const C = (F / 16) * cos2Alpha * (4 + F * (4 - 3 * cos2Alpha));
    const prev = lambda;
    lambda =
      L +
      (1 - C) *
        F *
        sinAlpha *
        (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM ** 2)));
    if (Math.abs(lambda - prev) < 1e-12) {
      const { bigA, bigB } = coefficients(cos2Alpha);
      const km = (B * bigA * (sigma - deltaSigma(bigB, sinSigma, cosSigma, cos2SigmaM))) / 1000;
      const azimuth = Math.atan2(
        cosU2 * Math.sin(lambda),
        cosU1 * sinU2 - sinU1 * cosU2 * Math.cos(lambda),
      );
      return { km, azimuth };
    }
  }
  return null;
}

/** Ellipsoidal (WGS84) distance in km by Vincenty's inverse formula; spherical if it fails. */
export function geodesicKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  // Vincenty does not converge for nearly antipodal points; those never occur as edges.
  return geodesicInverse(lon1, lat1, lon2, lat2)?.km ?? haversineKm(lon1, lat1, lon2, lat2);
}

/** The point `km` from (lon, lat) along initial azimuth `azimuth` (Vincenty's direct formula). */
export function geodesicDirect(
  lon: number,
  lat: number,
  azimuth: number,
  km: number,
): [number, number] {
  const sinAlpha1 = Math.sin(azimuth);
  const cosAlpha1 = Math.cos(azimuth);
  const tanU1 = (1 - F) * Math.tan(lat * RAD);
  const cosU1 = 1 / Math.sqrt(1 + tanU1 * tanU1);
  const sinU1 = tanU1 * cosU1;
  const sigma1 = Math.atan2(tanU1, cosAlpha1);
  const sinAlpha = cosU1 * sinAlpha1;
  const cos2Alpha = 1 - sinAlpha * sinAlpha;
  const { bigA, bigB } = coefficients(cos2Alpha);
  const s = (km * 1000) / (B * bigA);
  let sigma = s;
  let cos2SigmaM = 0;
  let sinSigma = 0;
  let cosSigma = 0;
  for (let i = 0; i < 100; i++) {
    cos2SigmaM = Math.cos(2 * sigma1 + sigma);
    sinSigma = Math.sin(sigma);
    cosSigma = Math.cos(sigma);
    const prev = sigma;
    sigma = s + deltaSigma(bigB, sinSigma, cosSigma, cos2SigmaM);
    if (Math.abs(sigma - prev) < 1e-13) break;
  }
  const x = sinU1 * sinSigma - cosU1 * cosSigma * cosAlpha1;
  const lat2 = Math.atan2(
    sinU1 * cosSigma + cosU1 * sinSigma * cosAlpha1,
    (1 - F) * Math.hypot(sinAlpha, x),
  );
  const lambda = Math.atan2(sinSigma * sinAlpha1, cosU1 * cosSigma - sinU1 * sinSigma * cosAlpha1);
  const C = (F / 16) * cos2Alpha * (4 + F * (4 - 3 * cos2Alpha));
  const L =
    lambda -
    (1 - C) *
      F *
      sinAlpha *
      (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM ** 2)));
  return [lon + L / RAD, lat2 / RAD];
}

/** Length in km of a polyline of [lon, lat] positions. */
export function lineKm(coords: readonly (readonly [number, number])[]): number {
  let km = 0;
  for (let i = 1; i < coords.length; i++) {
    const a = coords[i - 1]!;
    const b = coords[i]!;
    km += geodesicKm(a[0], a[1], b[0], b[1]);
  }
  return km;
}
