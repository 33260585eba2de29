/**
 * File names for what a person downloads: `corridor-atlas_<subject>_<YYYY-MM-DD>.<ext>`, safe on
 * every common file system (ASCII letters, digits, hyphens and one dot) and at most 100 characters.
 */

/** The kinds of file the atlas writes. */
type ExportExtension = 'png' | 'csv' | 'geojson';

const PREFIX = 'corridor-atlas';
/** Longest subject slug; with the prefix, date and extension the name stays ≤ 100 characters. */
const MAX_SLUG = 60;
/** The subject of a file whose subject slugs to nothing (e.g. only emoji). */
const FALLBACK_SUBJECT = 'map';

/**
 * A file-name-safe slug: accents dropped (é → e), lowercase ASCII letters and digits, runs of
 * anything else as one hyphen, no hyphen at either end, at most MAX_SLUG characters.
 */
export function slug(text: string): string {
  const s = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (s.length <= MAX_SLUG) return s;
  const cut = s.slice(0, MAX_SLUG);
  // Prefer ending at a word boundary when that keeps most of the text.
  const lastHyphen = cut.lastIndexOf('-');
  return (lastHyphen >= MAX_SLUG / 2 ? cut.slice(0, lastHyphen) : cut).replace(/-+$/, '');
}

/** A date as YYYY-MM-DD in UTC; throws RangeError for an invalid Date. */
function utcDate(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('date must be a valid Date');
  return date.toISOString().slice(0, 10);
}

/** The download's file name, e.g. corridor-atlas_corridor_2026-11-29.png (date in UTC). */
export function exportFileName({
  subject,
  date,
  ext,
}: {
  subject: string;
  date: Date;
  ext: ExportExtension;
}): string {
  return `${PREFIX}_${slug(subject) || FALLBACK_SUBJECT}_${utcDate(date)}.${ext}`;
}

/** What is on screen, as far as a file name cares: plain fields, not the app state. */
interface SubjectInput {
  /** The preset view id (`view=`). */
  readonly view: string;
  /** The open claim's id, if any. */
  readonly claim?: string | null;
  /** The tour step shown, counted from 1 as the person sees it, if a tour is running. */
  readonly tourStep?: number | null;
  /** A planned route: its ends as labelled (port names or points) and its passage settings. */
  readonly planned?: {
    readonly from: string;
    readonly to: string;
    readonly avoid?: readonly string[];
    readonly open?: readonly string[];
  } | null;
}

/**
 * The subject of an export, most specific first: a planned route
 * ("chennai-vladivostok-avoid-malacca"), the open claim, the tour step ("tour-5"), else the view.
 */
export function exportSubject(input: SubjectInput): string {
  const { planned } = input;
  if (planned) {
    const parts = [planned.from, planned.to];
    if (planned.avoid?.length) parts.push('avoid', ...planned.avoid);
    if (planned.open?.length) parts.push('open', ...planned.open);
    return slug(parts.join('-'));
  }
  if (input.claim) return slug(input.claim);
  const step = input.tourStep;
  if (step != null && Number.isInteger(step) && step >= 0) return `tour-${step}`;
  return slug(input.view);
}
