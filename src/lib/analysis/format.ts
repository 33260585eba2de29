/**
 * Display formatting with units, in en-GB's conventions (comma grouping, point decimal,
 * hyphen-minus), so output never depends on the machine or browser locale. Written out rather
 * than asked of Intl.NumberFormat: the page's first Intl formatter loads ICU's locale data, 10–15
 * ms of its start-up on a slow machine (issue #26); tests/analysis/format.test.ts checks every
 * output against Intl.NumberFormat('en-GB') with the same options.
 */

const GROUPS = /\B(?=(\d{3})+(?!\d))/g;

/**
 * The decimal digits of |value| to `decimals` places, rounded half away from zero as Intl does:
 * on the number as written (its shortest round-trip form, so 1.005 → "1.01"), not on its binary
 * value (which toFixed rounds to "1.00").
 */
function rounded(value: number, decimals: number): string {
  const [whole = '', fraction = ''] = plain(Math.abs(value).toString()).split('.');
  let digits = `${whole}${fraction.slice(0, decimals).padEnd(decimals, '0')}`;
  if ((fraction[decimals] ?? '0') >= '5') {
    digits = (BigInt(digits) + 1n).toString().padStart(digits.length, '0');
  }
  const point = digits.length - decimals;
  return decimals === 0 ? digits : `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** A number as JavaScript writes it, without its exponent: "1.5e+21" → "1500000000000000000000". */
function plain(written: string): string {
  const [mantissa = '', exponent] = written.split('e');
  if (exponent === undefined) return written;
  const [whole = '', fraction = ''] = mantissa.split('.');
  const digits = `${whole}${fraction}`;
  const point = whole.length + Number(exponent);
  if (point <= 0) return `0.${'0'.repeat(-point)}${digits}`;
  return point >= digits.length
    ? digits.padEnd(point, '0')
    : `${digits.slice(0, point)}.${digits.slice(point)}`;
}

/**
 * `value` to `decimals` places with thousands grouped. `signed`: a sign for every value that does
 * not round to zero (Intl's 'exceptZero'); otherwise a minus for negative values, negative zero
 * included (Intl's 'auto').
 */
function fixed(value: number, decimals: number, signed: boolean): string {
  if (!Number.isFinite(value)) return Number.isNaN(value) ? 'NaN' : `${value < 0 ? '-' : ''}∞`;
  const digits = rounded(value, decimals);
  const [whole = '', fraction] = digits.split('.');
  const body = `${whole.replace(GROUPS, ',')}${fraction === undefined ? '' : `.${fraction}`}`;
  const zero = /^[0.]*$/.test(digits);
  const negative = value < 0 || Object.is(value, -0);
  if (signed) return zero ? body : `${negative ? '-' : '+'}${body}`;
  return negative ? `-${body}` : body;
}

/** Formats a number with en-GB grouping and a fixed number of decimals, e.g. 10312.4 → "10,312". */
export function formatNumber(value: number, decimals = 0): string {
  return fixed(value, decimals, false);
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
  return `${fixed(pct, 1, signed)}%`;
}

/** Formats tonnes, e.g. 639.4 → "639 t"; `signed` for differences ("+12 t", "-245 t"). */
export function formatTonnes(
  tonnes: number,
  { decimals = 0, signed = false }: { decimals?: number; signed?: boolean } = {},
): string {
  return `${fixed(tonnes, decimals, signed)} t`;
}

/**
 * Formats US dollars with the ISO code, e.g. 286046.2 → "USD 286,046"; `signed` for differences
 * ("-USD 109,600"). Built from the number format above, not Intl's currency style, whose spacing
 * differs between ICU versions.
 */
export function formatUsd(
  usd: number,
  { decimals = 0, signed = false }: { decimals?: number; signed?: boolean } = {},
): string {
  const text = fixed(usd, decimals, signed);
  const sign = text.startsWith('+') || text.startsWith('-') ? text.slice(0, 1) : '';
  return `${sign}USD ${text.slice(sign.length)}`;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
/** en-GB's abbreviations, as CLDR writes them (September's is four letters). */
const SHORT_MONTHS = MONTHS.map((m) => (m === 'September' ? 'Sept' : m.slice(0, 3)));

/**
 * An ISO date's day as en-GB writes it, no time-zone shift: "5 December 2021", or with `short`
 * months "5 Dec 2021" (Intl.DateTimeFormat's text, written out for the reason above).
 */
export function formatDate(iso: string, month: 'long' | 'short'): string {
  const [year, monthNumber, day] = iso.slice(0, 10).split('-').map(Number) as [
    number,
    number,
    number,
  ];
  const names = month === 'long' ? MONTHS : SHORT_MONTHS;
  return `${day} ${names[monthNumber - 1]} ${year}`;
}
