/**
 * What waits for the opening view (src/app/opening.ts): queued work runs only after the map's
 * first idle and a quiet moment, in the order it was queued; later work runs at once.
 */
import { describe, expect, it } from 'vitest';
import { openingQueue } from '../src/app/opening';

describe('openingQueue', () => {
  it('holds work until the map is ready, runs it in order, then runs new work at once', async () => {
    let ready!: () => void;
    const queue = openingQueue(new Promise<void>((resolve) => (ready = resolve)));
    const ran: string[] = [];
    queue.after(() => ran.push('panel'));
    queue.after(() => ran.push('story'));
    // However long the map takes, nothing runs before it is ready.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(ran).toEqual([]);
    ready();
    await queue.over;
    expect(ran).toEqual(['panel', 'story']);
    queue.after(() => ran.push('rebuilt panel'));
    expect(ran).toEqual(['panel', 'story', 'rebuilt panel']);
  });

  it('without a map, the opening is over at the first quiet moment', async () => {
    const queue = openingQueue(null);
    const ran: string[] = [];
    queue.after(() => ran.push('panel'));
    expect(ran).toEqual([]);
    await queue.over;
    expect(ran).toEqual(['panel']);
  });
});
