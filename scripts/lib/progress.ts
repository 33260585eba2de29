/**
 * A progress bar on standard error for long runs: drawn only on a terminal (a log file gets no
 * carriage-return clutter), only once the run has taken longer than a second, redrawn at most ten
 * times a second, and erased at the end so the terminal is left as it was.
 */

export interface ProgressOptions {
  /** What the bar is for, e.g. "matrix". */
  label: string;
  /** What is counted, e.g. "rows". */
  unit: string;
  /** Whether standard error is a terminal. */
  tty: boolean;
  write(text: string): void;
  /** Milliseconds from any fixed origin (performance.now in the tools, a fake clock in tests). */
  now(): number;
}

const SHOW_AFTER_MS = 1000;
const REDRAW_EVERY_MS = 100;
const BAR_WIDTH = 24;

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** One line of the bar, e.g. "matrix [#########-----]  42 % 1,596/3,800 rows, 2.1 s, 2.9 s left". */
export function progressLine(
  options: Pick<ProgressOptions, 'label' | 'unit'>,
  done: number,
  total: number,
  elapsedMs: number,
): string {
  const share = total > 0 ? Math.min(1, done / total) : 1;
  const filled = Math.round(share * BAR_WIDTH);
  const bar = '#'.repeat(filled) + '-'.repeat(BAR_WIDTH - filled);
  const left = done > 0 ? `, ${seconds((elapsedMs / done) * (total - done))} left` : '';
  const count = `${done.toLocaleString('en-GB')}/${total.toLocaleString('en-GB')} ${options.unit}`;
  const percent = String(Math.floor(share * 100)).padStart(3);
  return `${options.label} [${bar}] ${percent} % ${count}, ${seconds(elapsedMs)}${left}`;
}

export interface Progress {
  /** Reports that `done` of the total are finished. */
  tick(done: number): void;
  /** Erases the bar if it was drawn. */
  finish(): void;
}

/** A bar counting to `total`; silent when standard error is not a terminal. */
export function createProgress(total: number, options: ProgressOptions): Progress {
  const started = options.now();
  let drawnAt = -Infinity;
  let width = 0;
  return {
    tick(done) {
      if (!options.tty) return;
      const now = options.now();
      if (now - started <= SHOW_AFTER_MS || now - drawnAt < REDRAW_EVERY_MS) return;
      const line = progressLine(options, done, total, now - started);
      options.write(`\r${line.padEnd(width)}`);
      width = line.length;
      drawnAt = now;
    },
    finish() {
      if (width > 0) options.write(`\r${' '.repeat(width)}\r`);
      width = 0;
    },
  };
}
