/**
 * The planner's performance marks (read by the planner bench and for diagnosis), bounded: one
 * mark per route made the timeline grow for as long as the page stayed open (issue #14).
 */

/** Mark set when a route's numbers are shown (with or without a map). */
export const ROUTE_SHOWN_MARK = 'planner:route-shown';

/** Mark set once a planned route is drawn on the map. */
export const ROUTE_DRAWN_MARK = 'planner:route-drawn';

/** Marks of each name kept: the planner bench reads the first two; the rest are dropped. */
const MARKS_KEPT = 8;

/** Sets a performance mark and keeps only the latest MARKS_KEPT of its name. */
export function boundedMark(name: string, detail: string): void {
  performance.mark(name, { detail });
  const marks = performance.getEntriesByName(name, 'mark') as PerformanceMark[];
  if (marks.length < 2 * MARKS_KEPT) return;
  performance.clearMarks(name);
  for (const mark of marks.slice(-MARKS_KEPT)) {
    performance.mark(name, { startTime: mark.startTime, detail: mark.detail as unknown });
  }
}
