import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../scripts/lib/io';

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/route-cli.ts', ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run route', () => {
  it('prints km, nm, passages and days at the given speed', () => {
    const r = cli(
      '--from',
      'chennai',
      '--to',
      'vladivostok',
      '--avoid',
      'malacca',
      '--speed',
      '14',
    );
    expect(r.code).toBe(0);
    const out = JSON.parse(r.out);
    expect(out.from).toBe('chennai');
    expect(out.passages).not.toContain('malacca');
    expect(out.nm).toBeCloseTo(out.km / 1.852, 0);
    expect(out.days).toBeCloseTo(out.nm / (14 * 24), 1);
    expect(out.assumptions.length).toBeGreaterThan(0);
  });

  it('opens the Northern Sea Route on request', () => {
    const out = JSON.parse(
      cli('--from', 'murmansk', '--to', 'vladivostok', '--open', 'northeast').out,
    );
    expect(out.passages).toContain('northeast');
  });

  it('exits 2 with one line for bad arguments', () => {
    for (const args of [
      ['--from', 'chennai'],
      ['--from', 'chennai', '--to', 'atlantis'],
      ['--from', 'chennai', '--to', 'vladivostok', '--avoid', 'nowhere'],
      ['--from', 'chennai', '--to', 'vladivostok', '--speed', 'fast'],
      ['--to', 'chennai', '--from', '37.62,55.75'],
      ['--bogus', '1'],
    ]) {
      const r = cli(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});
