/**
 * Display formatting with units. The locale is pinned to en-GB (comma grouping, point decimal)
 * so output never depends on the machine or browser locale.
 */
const LOCALE = 'en-GB';

const formatters = new Map<string, Intl.NumberFormat>();
function formatter(decimals: number, signed: boolean): Intl.NumberFormat {
  const key = `${decimals}:${signed}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      // 'exceptZero' also drops the sign of values that round to zero ("0.0%", never "-0.0%").
      signDisplay: signed ? 'exceptZero' : 'auto',
    });
    formatters.set(key, f);
  }
  return f;
}

/** Formats a number with en-GB grouping and a fixed number of decimals, e.g. 10312.4 → "10,312". */
export function formatNumber(value: number, decimals = 0): string {
  return formatter(decimals, false).format(value);
}

/** Formats kilometres, e.g. 10312.4 → "10,312 km". */
export function formatKm(km: number): string {
  return `${formatNumber(km)} km`;
}

/** Formats nautical miles, e.g. 5600 → "5,600 nm". */
export function formatNm(nm: number): string {
  return `${formatNumber(nm)} nm`;
}

/** Formats days with one decimal, e.g. 24.25 → "24.3 days". */
export function formatDays(days: number): string {
  return `${formatNumber(days, 1)} days`;
}

/** Formats a speed in knots with one decimal, e.g. 9.6556 → "9.7 kn". */
export function formatKnots(knots: number): string {
  return `${formatNumber(knots, 1)} kn`;
}

/** Formats a percentage with one decimal, signed by default: 1.23 → "+1.2%", -6.5 → "-6.5%". */
export function formatPct(pct: number, { signed = true }: { signed?: boolean } = {}): string {
  return `${formatter(1, signed).format(pct)}%`;
}
