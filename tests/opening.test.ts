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

  it('the reader reaching for it ends the wait at once, before the map is ready', async () => {
    const queue = openingQueue(new Promise<void>(() => {}));
    const ran: string[] = [];
    queue.after(() => ran.push('panel'));
    queue.end();
    expect(ran).toEqual(['panel']);
    queue.after(() => ran.push('row'));
    expect(ran).toEqual(['panel', 'row']);
    await queue.over;
  });

  it('a work that throws is reported and the others still run', async () => {
    const reported: unknown[] = [];
    const queue = openingQueue(null, (error) => reported.push(error));
    const ran: string[] = [];
    queue.after(() => {
      throw new Error('broken panel');
    });
    queue.after(() => ran.push('story'));
    await queue.over;
    expect(ran).toEqual(['story']);
    expect(reported).toEqual([new Error('broken panel')]);
    // Once the opening is over too: reported, not thrown at the caller.
    expect(() =>
      queue.after(() => {
        throw new Error('broken rebuild');
      }),
    ).not.toThrow();
    expect(reported).toEqual([new Error('broken panel'), new Error('broken rebuild')]);
  });
});
