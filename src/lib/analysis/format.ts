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

/** Formats tonnes, e.g. 639.4 → "639 t"; `signed` for differences ("+12 t", "-245 t"). */
export function formatTonnes(
  tonnes: number,
  { decimals = 0, signed = false }: { decimals?: number; signed?: boolean } = {},
): string {
  return `${formatter(decimals, signed).format(tonnes)} t`;
}

/**
 * Formats US dollars with the ISO code, e.g. 286046.2 → "USD 286,046"; `signed` for differences
 * ("-USD 109,600"). Built from the number formatter, not Intl's currency style, whose spacing
 * differs between ICU versions.
 */
export function formatUsd(
  usd: number,
  { decimals = 0, signed = false }: { decimals?: number; signed?: boolean } = {},
): string {
  const text = formatter(decimals, signed).format(usd);
  const sign = text.startsWith('+') || text.startsWith('-') ? text.slice(0, 1) : '';
  return `${sign}USD ${text.slice(sign.length)}`;
}
