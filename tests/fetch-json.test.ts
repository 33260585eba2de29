/** fetchJson (src/lib/fetch-json.ts): each way a data file fails, told apart, never thrown. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchJson } from '../src/io/fetch-json';

const answer =
  (body: string, status = 200) =>
  async () =>
    new Response(body, { status });

describe('fetchJson', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('parses a good file', async () => {
    vi.stubGlobal('fetch', answer('{"a":1}'));
    expect(await fetchJson('/x.json')).toEqual({ body: { a: 1 } });
  });

  it('says no connection when the request fails', async () => {
    vi.stubGlobal('fetch', async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await fetchJson('/x.json')).toEqual({ failure: { kind: 'offline' } });
  });

  it('gives the status when the server answers an error', async () => {
    vi.stubGlobal('fetch', answer('down', 500));
    expect(await fetchJson('/x.json')).toEqual({ failure: { kind: 'http', status: 500 } });
  });

  it('says damaged when the body is not JSON', async () => {
    vi.stubGlobal('fetch', answer('{"a":'));
    expect(await fetchJson('/x.json')).toEqual({ failure: { kind: 'damaged' } });
  });
});
