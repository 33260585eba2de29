/**
 * The hermetic guard: what a page did that no test may allow by accident. Every test has one
 * (the fixtures in fixtures.ts check it after the test), whether it names it or not.
 */
import { expect, type Page } from '@playwright/test';
import { installPixelHelpers } from './pixels';

export interface Guard {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  dialogs: string[];
  /** Content-Security-Policy violations: what the shipped policy blocked (issue #14). */
  cspViolations: string[];
  /** Lets the page load from another origin too (a server a test starts of its own). */
  allowOrigin(origin: string): void;
}

/** A guard that can start over: a page shared by several tests has one, cleared for each. */
export interface PageGuard extends Guard {
  reset(): void;
}

/** Sets up the guard on a page: from now on, what the page does is recorded. */
export async function guardPage(page: Page, origin: string): Promise<PageGuard> {
  let origins = [origin];
  const guard: PageGuard = {
    consoleErrors: [],
    pageErrors: [],
    foreignRequests: [],
    dialogs: [],
    cspViolations: [],
    allowOrigin: (other) => void origins.push(other),
    reset() {
      // Emptied in place: a test may hold the arrays (e.g. `guard.consoleErrors`).
      for (const list of [
        guard.consoleErrors,
        guard.pageErrors,
        guard.foreignRequests,
        guard.dialogs,
        guard.cspViolations,
      ]) {
        list.length = 0;
      }
      origins = [origin];
    },
  };
  page.on('console', (msg) => {
    if (msg.type() === 'error') guard.consoleErrors.push(msg.text());
  });
  page.on('pageerror', (error) => guard.pageErrors.push(error.message));
  page.on('dialog', (dialog) => {
    guard.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  // The page reports every `securitypolicyviolation` (a blocked inline style, script, worker…).
  await page.exposeFunction('__cspViolation', (text: string) => guard.cspViolations.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      const report = (window as unknown as { __cspViolation?: (text: string) => void })
        .__cspViolation;
      report?.(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} at ${event.sourceFile}:${event.lineNumber}`,
      );
    });
  });
  // Not a guard, but what every test page needs beside it: the pixel reads' page-side helpers.
  await installPixelHelpers(page.context());
  // Recorded, not intercepted: routing every request would pass each one through the test
  // runner and cost every page load time; a foreign request fails the test either way.
  page.on('request', (request) => {
    const url = request.url();
    const own = origins.some((o) => url.startsWith(o));
    if (!own && !url.startsWith('data:') && !url.startsWith('blob:'))
      guard.foreignRequests.push(url);
  });
  return guard;
}

/** Fails the test if the page logged an error, threw, reached another origin, opened a dialog… */
export function expectNothingUnexpected(guard: Guard): void {
  expect(guard.pageErrors, 'uncaught errors in the page').toEqual([]);
  expect(guard.consoleErrors, 'console errors').toEqual([]);
  expect(guard.foreignRequests, 'requests to another origin').toEqual([]);
  expect(guard.dialogs, 'dialogs opened').toEqual([]);
  expect(guard.cspViolations, 'Content-Security-Policy violations').toEqual([]);
}
