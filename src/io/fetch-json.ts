/**
 * Fetching a JSON data file, with the failure told apart the way the notices word it
 * (content/data-files.ts `LoadFailure`): no connection, an HTTP error, or a damaged file. Never
 * throws; the fetch's and the parser's own texts are never passed on.
 */
import type { LoadFailure } from '../content/data-files';

export type FetchedJson = { readonly body: unknown } | { readonly failure: LoadFailure };

export async function fetchJson(url: string): Promise<FetchedJson> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch {
    return { failure: { kind: 'offline' } };
  }
  if (!response.ok) return { failure: { kind: 'http', status: response.status } };
  try {
    return { body: await response.json() };
  } catch (error) {
    // A body cut off by the network is a TypeError; a body that is not JSON, a SyntaxError.
    return { failure: error instanceof SyntaxError ? { kind: 'damaged' } : { kind: 'offline' } };
  }
}
