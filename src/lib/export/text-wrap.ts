/**
 * Text set in lines for the exported image: greedy word wrap to a width, and a cut with "…" after
 * a number of lines. Widths come from a function the caller passes, which keeps this pure.
 */
export type FontWeight = 'normal' | 'bold';
/** Width in pixels of a text set in the atlas's font at a size and weight. */
export type Measure = (text: string, fontPx: number, weight: FontWeight) => number;

const ELLIPSIS = '…';

/** Made on first use: an Intl object made as the page loads costs its start-up ICU's data. */
let graphemeSegmenter: Intl.Segmenter | null | undefined;

/** User-perceived characters, so a break never splits an emoji or an accent from its letter. */
function graphemes(text: string): string[] {
  graphemeSegmenter ??=
    typeof Intl.Segmenter === 'function'
      ? new Intl.Segmenter('en', { granularity: 'grapheme' })
      : null;
  return graphemeSegmenter
    ? Array.from(graphemeSegmenter.segment(text), (s) => s.segment)
    : Array.from(text);
}

export interface Font {
  readonly px: number;
  readonly weight: FontWeight;
}

/** Spaces a line may break at: any white space but the no-break ones (U+00A0, U+202F). */
const BREAKING_SPACE = /[^\S\u00A0\u202F]+/;
/** Inside a word too long for a line, break after URL and list punctuation first. */
const BREAK_AFTER = /(?<=[/&?#=,.-])/;

/**
 * Greedy word wrap to maxWidth. A word wider than a line is broken after punctuation (a URL at
 * its slashes), and a piece still too wide between characters.
 */
export function wrap(text: string, maxWidth: number, font: Font, measure: Measure): string[] {
  const fits = (s: string) => measure(s, font.px, font.weight) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  /** Appends pieces to the current line, starting a new line when the next one does not fit. */
  const fill = (pieces: readonly string[], separator: string, split: (p: string) => string[]) => {
    for (const piece of pieces) {
      const candidate = line ? `${line}${separator}${piece}` : piece;
      if (fits(candidate)) line = candidate;
      else if (line && fits(piece)) {
        lines.push(line);
        line = piece;
      } else {
        if (line) lines.push(line);
        line = '';
        const parts = split(piece);
        if (parts.length > 1) fill(parts, '', graphemes);
        else lines.push(piece); // one grapheme wider than the line: nothing else can be done
      }
    }
  };
  fill(text.split(BREAKING_SPACE).filter(Boolean), ' ', (word) => {
    const parts = word.split(BREAK_AFTER);
    return parts.length > 1 ? parts : graphemes(word);
  });
  if (line) lines.push(line);
  return lines;
}

/** The first maxLines lines, the last ending in an ellipsis if text was left out. */
export function ellipsize(
  lines: string[],
  maxLines: number,
  maxWidth: number,
  font: Font,
  measure: Measure,
) {
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const chars = graphemes(kept[maxLines - 1] ?? '');
  const withEllipsis = () => `${chars.join('').trimEnd()}${ELLIPSIS}`;
  while (chars.length > 0 && measure(withEllipsis(), font.px, font.weight) > maxWidth) chars.pop();
  kept[maxLines - 1] = withEllipsis();
  return kept;
}
