/**
 * The data files the page loads after start-up: the map's files (src/app/faults.ts) and the
 * sea-lane network (src/route-worker/router-core.ts). Their names, what still works without
 * each, and why a load failed are sentences of the message catalogue (`data.*`, keyed by the
 * file's id and the failure's kind), so a notice says them in the reader's language. Keyed by
 * what loads the file: the map source's id (src/lib/style/ids.ts), or `sea-network` for the
 * route planner.
 */
export const DATA_FILE_IDS = ['basemap', 'regions', 'sea-network', 'world-ports'] as const;

export type DataFileId = (typeof DATA_FILE_IDS)[number];

/** Why a file could not be loaded (the HTTP status when the server answered). */
export type LoadFailure =
  | { readonly kind: 'offline' }
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'damaged' };

/** What the code that could not load is: a data file, or the route planner's own code. */
export type LoadProblem =
  | { readonly file: DataFileId; readonly failure: LoadFailure }
  | { readonly file: 'planner-code'; readonly failure: { readonly kind: 'offline' } };

const TOKEN = 'corridor-atlas:load-failed:';

/**
 * A failed load as an Error's message, so that it crosses the routing worker's boundary and the
 * planner words it in the reader's language (`readLoadProblem`); never the fetch's own text.
 */
export function loadProblemToken(problem: LoadProblem): string {
  return `${TOKEN}${JSON.stringify(problem)}`;
}

/** The problem a `loadProblemToken` message carries, or null for any other message. */
export function readLoadProblem(message: string): LoadProblem | null {
  if (!message.startsWith(TOKEN)) return null;
  try {
    const problem = JSON.parse(message.slice(TOKEN.length)) as LoadProblem;
    const files: readonly string[] = [...DATA_FILE_IDS, 'planner-code'];
    return files.includes(problem.file) ? problem : null;
  } catch {
    return null;
  }
}
