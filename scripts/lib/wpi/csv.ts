/**
 * A small RFC 4180 CSV reader for the World Port Index: quoted fields may hold commas, doubled
 * quotes and line breaks; a byte-order mark at the start is dropped.
 */

/** Splits CSV text into rows of raw cells (no trimming: the cleaning rules decide). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Rows as records keyed by the header row; throws if a row has the wrong number of cells. */
export function csvRecords(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  if (!header) return [];
  return rows.map((cells, i) => {
    if (cells.length !== header.length) {
      throw new Error(`CSV row ${i + 2}: ${cells.length} cells, the header has ${header.length}`);
    }
    return Object.fromEntries(header.map((h, j) => [h, cells[j]!]));
  });
}
