/**
 * The reader's motion preference, asked in one place: the actions (camera flights) and the panels
 * (smooth scrolling, the voyage's autoplay) follow it alike.
 */

/** Whether the reader asked the system for reduced motion. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}
