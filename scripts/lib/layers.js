// @ts-check
/**
 * The one table of allowed imports between the folders of src/ (docs/architecture.md). Read by
 * ESLint (eslint.config.js: the `atlas/layers` rule, as you type) and by
 * tests/architecture.test.ts (every import of every file, in `npm test`).
 *
 * A folder may import its own files and the folders it lists. A UI feature (a folder of src/ui
 * other than `frame`) may import the shared frame and other features through their `index.ts`
 * only; the app wires features through their `index.ts` too.
 */

/** @typedef {{ folder: string, may: readonly string[], why: string }} Layer */

/** @type {readonly Layer[]} Bottom to top. `ui/*` stands for every UI feature. */
export const LAYERS = [
  { folder: 'content', may: [], why: 'catalogues as data: they import nothing else from src' },
  { folder: 'lib', may: ['content'], why: 'the pure core: no state, DOM, map or UI' },
  { folder: 'io', may: ['lib', 'content'], why: 'the network, below everything that loads data' },
  { folder: 'state', may: ['io', 'lib', 'content'], why: 'the store, its types and the doors' },
  { folder: 'map', may: ['state', 'io', 'lib', 'content'], why: 'the one owner of MapLibre' },
  {
    folder: 'route-worker',
    may: ['state', 'io', 'lib', 'content'],
    why: 'the routing worker behind the RouteService door',
  },
  { folder: 'ui/frame', may: ['state', 'lib', 'content'], why: 'what every panel shares' },
  {
    folder: 'ui/*',
    may: ['ui/frame', 'ui/*', 'state', 'io', 'lib', 'content'],
    why: 'a feature reaches the map and the worker only through the doors in src/state',
  },
  {
    folder: 'app',
    may: ['ui/*', 'ui/frame', 'map', 'route-worker', 'state', 'io', 'lib', 'content'],
    why: 'the wiring: nothing imports it',
  },
  { folder: '.', may: ['app', 'ui/frame'], why: 'main.ts starts the app' },
];

/** Packages only some folders may import at run time (type-only imports are allowed anywhere). */
export const RUNTIME_PACKAGES = { 'maplibre-gl': ['map'] };

/**
 * The layer a file belongs to, from its path relative to src/ ('ui/claims/claim-card.ts' →
 * 'ui/*' with feature 'claims'); null outside src/.
 * @param {string} path
 * @returns {{ layer: string, feature?: string } | null}
 */
export function layerOf(path) {
  const parts = path.split('/');
  if (parts.length === 1) return { layer: '.' };
  if (parts[0] === 'ui') {
    if (parts.length === 2) return { layer: 'ui/frame' };
    if (parts[1] === 'frame') return { layer: 'ui/frame' };
    return { layer: 'ui/*', feature: parts[1] };
  }
  return LAYERS.some((l) => l.folder === parts[0])
    ? { layer: /** @type {string} */ (parts[0]) }
    : null;
}

/**
 * Why an import breaks the table, or null when it is allowed. Paths are relative to src/, with
 * `/` separators; `target` is the imported file, resolved.
 * @param {string} from
 * @param {string} target
 * @returns {string | null}
 */
export function importProblem(from, target) {
  const a = layerOf(from);
  const b = layerOf(target);
  if (!a || !b) return null;
  if (a.layer === b.layer && a.feature === b.feature) return null;
  const layer = LAYERS.find((l) => l.folder === a.layer);
  if (!layer) return null;
  if (!layer.may.includes(b.layer)) {
    const name = (/** @type {{ layer: string, feature?: string }} */ l) =>
      l.layer === '.' ? 'src/main.ts' : `src/${l.feature ? `ui/${l.feature}` : l.layer}`;
    return `${name(a)} may not import ${name(b)} (${a.layer}: ${layer.why})`;
  }
  if (b.feature && !/^ui\/[^/]+\/index\.ts$/.test(target)) {
    return `import the feature ui/${b.feature} through its index.ts, not ${target}`;
  }
  return null;
}
