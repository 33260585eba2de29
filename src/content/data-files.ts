/**
 * The data files the page loads after start-up, each with a name a reader understands and what
 * still works without it: the words of every "could not be loaded" message (src/app/faults.ts for
 * the map's files, src/route-worker/router-core.ts for the sea-lane network). Keyed by what loads the
 * file: the map source's id (src/lib/style/ids.ts), or `sea-network` for the route planner.
 */
export interface DataFile {
  /** What it is, as a sentence's subject without its capital ("the Far East regions"). */
  readonly name: string;
  /** What still works while it is missing: a sentence. */
  readonly withoutIt: string;
}

export const DATA_FILES = {
  basemap: {
    name: 'the basemap (land, coastlines, borders and place names)',
    withoutIt: 'Routes, regions and claims still show over the sea.',
  },
  regions: {
    name: 'the Far East regions',
    withoutIt: 'The rest of the map works.',
  },
  'sea-network': {
    name: 'the sea-lane network',
    withoutIt: 'The route planner needs it; the rest of the atlas works.',
  },
} as const satisfies Record<string, DataFile>;

export type DataFileId = keyof typeof DATA_FILES;

/** Why a file could not be loaded, in words (the HTTP status when the server answered). */
export type LoadFailure =
  | { readonly kind: 'offline' }
  | { readonly kind: 'http'; readonly status: number }
  | { readonly kind: 'damaged' };

/** "the server answered 500", "no connection", "the file is damaged". */
function failureReason(failure: LoadFailure): string {
  switch (failure.kind) {
    case 'offline':
      return 'no connection';
    case 'http':
      return `the server answered ${failure.status}`;
    case 'damaged':
      return 'the file is damaged';
  }
}

/** Said after a load that failed and is tried again by itself (src/lib/retry.ts). */
export const RETRIED_LATER =
  'it is tried again at your next change, or when the connection returns';

/** "the Far East regions could not be loaded (the server answered 500)" */
export function loadFailedClause(id: DataFileId, failure: LoadFailure): string {
  return `${DATA_FILES[id].name} could not be loaded (${failureReason(failure)})`;
}

/** "The Far East regions could not be loaded (the server answered 500)." */
export function loadFailedSentence(id: DataFileId, failure: LoadFailure): string {
  const clause = loadFailedClause(id, failure);
  return `${clause[0]!.toUpperCase()}${clause.slice(1)}.`;
}
