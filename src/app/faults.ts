/**
 * The map's data faults (issue #14): a data file that fails to load becomes a plain notice that
 * names it, says what still works and offers Retry; the raw parser or HTTP text never reaches the
 * reader. A file that failed for want of a connection is tried again when the browser comes back
 * online, and meanwhile with backoff; every other failure waits for Retry.
 */
import type { DataFileId, LoadFailure } from '../content/data-files';
import type { OVERLAY_SOURCES, SourceId } from '../lib/style/ids';
import type { Notices } from '../ui/frame/notices';
import { t } from '../ui/frame/i18n';
import { selectKey } from '../lib/i18n/translator';
import { RETRY_BACKOFF_MS } from '../lib/retry';

/** Every map source that loads a file, and its entry in the catalogue (a type error if missing). */
const SOURCE_FILES: Record<SourceId | typeof OVERLAY_SOURCES.regions, DataFileId> = {
  basemap: 'basemap',
  regions: 'regions',
};

/** What the map owner offers for recovering a source (src/map/atlas-map.ts). */
interface ReloadableMap {
  /** Loads a source's file again; false when it has none. */
  reloadSource(sourceId: string): boolean;
  /** Runs once the map has drawn everything it is loading (is idle). */
  afterDraw(callback: () => void): void;
}

/** The catalogue entry of a map source's file; undefined for a source without one. */
function fileOf(sourceId: string | undefined): DataFileId | undefined {
  if (sourceId === undefined || !Object.hasOwn(SOURCE_FILES, sourceId)) return undefined;
  return SOURCE_FILES[sourceId as keyof typeof SOURCE_FILES];
}

/** Reads a MapLibre load error: AJAXError carries the HTTP status (0: no response at all). */
export function classifyLoadError(error: unknown): LoadFailure {
  const status = (error as { status?: unknown } | null)?.status;
  if (typeof status === 'number') {
    return status === 0 ? { kind: 'offline' } : { kind: 'http', status };
  }
  const offline = error instanceof TypeError && /fetch|network/i.test(error.message);
  // Otherwise a parser's complaint (malformed JSON, not GeoJSON): the file came but is unreadable.
  return offline ? { kind: 'offline' } : { kind: 'damaged' };
}

interface Failed {
  readonly id: DataFileId;
  failure: LoadFailure;
  /** Retries so far without success (for the backoff). */
  attempts: number;
  /** The notice on screen. */
  notice: HTMLElement | null;
  /** A retry under way: waiting to see the map idle without a new error. */
  retrying: boolean;
  timer: ReturnType<typeof setTimeout> | undefined;
}

/** Turns the map's errors into notices and retries; `report` is the map's `onError` handler. */
export class MapFaults {
  private readonly failed = new Map<string, Failed>();

  constructor(
    private readonly notices: Notices,
    private readonly map: () => ReloadableMap | null,
  ) {
    window.addEventListener('online', () => {
      for (const sourceId of this.failed.keys()) this.retry(sourceId);
    });
  }

  /** Handles one map error: a source's file (named in a notice with Retry), or another error. */
  report(error: unknown, sourceId: string | undefined): void {
    // The raw text is for whoever debugs the page, never for the notice.
    console.warn('Map error', sourceId ?? '', error);
    const id = fileOf(sourceId);
    if (sourceId === undefined || id === undefined) {
      this.notices.show(() => t('page.mapPartFailed'), 'error');
      return;
    }
    const failure = classifyLoadError(error);
    const entry: Failed = this.failed.get(sourceId) ?? {
      id,
      failure,
      attempts: 0,
      notice: null,
      retrying: false,
      timer: undefined,
    };
    entry.failure = failure;
    entry.retrying = false;
    this.failed.set(sourceId, entry);
    this.showFailure(sourceId, entry);
    clearTimeout(entry.timer);
    const delay = RETRY_BACKOFF_MS[entry.attempts];
    if (failure.kind === 'offline' && delay !== undefined) {
      entry.timer = setTimeout(() => this.retry(sourceId), delay);
    }
  }

  /** Loads a failed source again (Retry, back online, or the backoff timer). */
  retry(sourceId: string): void {
    const entry = this.failed.get(sourceId);
    const map = this.map();
    if (!entry || entry.retrying || !map) return;
    clearTimeout(entry.timer);
    entry.retrying = true;
    entry.attempts += 1;
    entry.notice?.remove();
    entry.notice = this.notices.show(
      () => t('data.retrying', { file: selectKey(entry.id) }),
      'info',
    );
    if (!map.reloadSource(sourceId)) {
      entry.retrying = false;
      return this.showFailure(sourceId, entry);
    }
    // An error comes before the map is idle again; idle without one means the file arrived.
    map.afterDraw(() => {
      if (!entry.retrying || this.failed.get(sourceId) !== entry) return;
      entry.notice?.remove();
      this.failed.delete(sourceId);
    });
  }

  private showFailure(sourceId: string, entry: Failed): void {
    entry.notice?.remove();
    const { id, failure } = entry;
    const message = () =>
      `${t('data.failed', { file: selectKey(id), kind: failure.kind, status: failure.kind === 'http' ? failure.status : 0 })} ${t('data.withoutIt', { file: selectKey(id) })}`;
    entry.notice = this.notices.show(message, 'error', {
      action: { label: () => t('data.retry'), run: () => this.retry(sourceId) },
    });
    entry.notice.dataset.source = sourceId;
  }
}
