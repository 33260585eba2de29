/**
 * public/warm-intl.js (issue #26): the page starts Intl's one-time set-up in a worker from a blob
 * before the app's module runs, and nothing breaks where workers are refused.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const script = readFileSync(resolve(root, 'public/warm-intl.js'), 'utf8');

/** Runs the script with stand-ins for the browser's Worker, Blob and URL; returns what it made. */
async function run(workers: 'allowed' | 'refused') {
  const blobs: Blob[] = [];
  const started: string[] = [];
  const revoked: string[] = [];
  const timers: (() => void)[] = [];
  const env = {
    Blob: class extends Blob {
      constructor(parts: BlobPart[], options?: BlobPropertyBag) {
        super(parts, options);
        blobs.push(this);
      }
    },
    URL: {
      createObjectURL: (blob: Blob) => `blob:test/${blobs.indexOf(blob)}`,
      revokeObjectURL: (url: string) => revoked.push(url),
    },
    Worker: class {
      constructor(url: string) {
        if (workers === 'refused') throw new Error('SecurityError: workers refused');
        started.push(url);
      }
    },
    setTimeout: (callback: () => void) => timers.push(callback),
  };
  new Function(...Object.keys(env), script)(...Object.values(env));
  for (const timer of timers) timer();
  const sources = await Promise.all(blobs.map((blob) => blob.text()));
  return { sources, started, revoked, types: blobs.map((b) => b.type) };
}

describe('the Intl warm-up (public/warm-intl.js)', () => {
  it('starts one worker from a blob whose script uses Intl and ends', async () => {
    const { sources, started, revoked, types } = await run('allowed');
    expect(started).toEqual(['blob:test/0']);
    expect(types).toEqual(['text/javascript']);
    expect(sources[0]).toMatch(/new Intl\.NumberFormat\(\)\.format\(/);
    expect(sources[0]).toMatch(/close\(\);$/);
    // The worker's script runs as it is (here in Node's Intl), closing its own thread.
    let closed = false;
    new Function('close', sources[0]!)(() => (closed = true));
    expect(closed).toBe(true);
    expect(revoked, 'its URL is let go').toEqual(['blob:test/0']);
  });

  it('changes nothing and throws nothing where workers are refused, and lets its URL go', async () => {
    const { started, revoked } = await run('refused');
    expect(started).toEqual([]);
    expect(revoked).toEqual(['blob:test/0']);
  });

  it('is loaded by the page without blocking it, before the app module', () => {
    const html = readFileSync(resolve(root, 'index.html'), 'utf8');
    const warm = html.indexOf('<script async src="/warm-intl.js"></script>');
    const app = html.indexOf('<script type="module" src="/src/main.ts"></script>');
    expect(warm, 'index.html loads warm-intl.js with async').toBeGreaterThan(0);
    expect(warm).toBeLessThan(app);
  });
});
