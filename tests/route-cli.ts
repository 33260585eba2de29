/**
 * The route command (`npm run route`, scripts/route-cli.ts) run in this process, as the tests of
 * its flags use it: fast, since the network loads once per test file.
 */
import { expect } from 'vitest';
import { runCli } from '../scripts/route-cli';

/** The command's exit status and what it printed on standard output and standard error. */
export function routeCli(...args: string[]): { code: number; out: string; err: string } {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** The command's JSON, after checking that it succeeded and said nothing on standard error. */
export function routeJson(...args: string[]) {
  const r = routeCli(...args);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
}
