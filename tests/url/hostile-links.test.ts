import { describe, expect, test } from 'vitest';
import { parseHash } from '../../src/lib/url/codec';
import { CATALOGUES, stateErrors } from './helpers';
import { HOSTILE_LINKS } from './hostile-links';

// The links the browser test opens (e2e/url.spec.ts), checked here where a failure names the rule.
describe('hostile links never throw, report each problem and drop what is wrong', () => {
  test.each(HOSTILE_LINKS.map((link) => [link.hash.slice(0, 60), link] as const))(
    '%s',
    (_name, { hash, codes, kept }) => {
      const { state, problems } = parseHash(hash, CATALOGUES);
      expect(stateErrors(state)).toEqual([]);
      expect(problems.map((p) => p.code)).toEqual(codes);
      expect(kept(state)).toBe(true);
      // No markup reaches the notice.
      for (const p of problems) expect(p.message).not.toMatch(/[<>]/);
    },
  );
});
