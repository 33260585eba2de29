/**
 * The rule that gives every point label of the map one fixed side (issue #26), so the map draws
 * the same labels in the same places on every load of a view (src/lib/style/point-labels.ts says why).
 * Pure: labels in, sides out; scripts/build-label-anchors.ts applies it to the data files.
 *
 * The rule. Labels are taken in the order MapLibre places them (ports, then chokepoints, then
 * cities by rank), and each gets the first of its preferred sides that is clear, judged at the
 * zoom where it first shows (its `minzoom`, at least the map's 1), when the map is most crowded:
 * 1. clear of the corridor: its box, widened by the line's half-width, crosses no segment (the
 *    corridor's own ports excepted: the line starts at their dot, so every side but the one away
 *    from it crosses it, and the side away can leave the name off the map where a view ends at
 *    the port, as the phone's opening view does at Chennai);
 * 2. clear of its neighbours: it covers no other label's dot, and no label already given a side
 *    (each pair judged at the first zoom where both show).
 * A label with no clear side takes the side that crosses the corridor least, then covers least
 * area of its neighbours, then comes first in its preferences. Positions are Web Mercator pixels
 * of 512-px tiles, as MapLibre lays them out; widths come from the shipped fonts' advances.
 */
import { labelBox, overlapArea } from '../../src/lib/screen/label-box.ts';
import type { ScreenPoint, ScreenRect } from '../../src/lib/screen/types.ts';
import {
  sizeAt,
  type LabelAnchor,
  type PointLabelStyle,
} from '../../src/lib/style/point-labels.ts';

/** The map's lowest zoom (src/map/atlas-map.ts MAP_OPTIONS). */
const MIN_ZOOM = 1;
/**
 * Half the corridor's width with its white casing at the zooms labels are judged at, px
 * (src/lib/style/overlays.ts: the casing is 5 px wide at zoom 1, 9 at zoom 8; 4.5 is its half
 * at about zoom 4.5, the zoom most cities first show at).
 */
const LINE_HALF_PX = 4.5;
const WORLD_PX = 512;

export interface AnchorLabel {
  readonly lngLat: readonly [number, number];
  /** The zoom it first shows at. */
  readonly minzoom: number;
  /** Its text's width in ems. */
  readonly widthEm: number;
  readonly style: PointLabelStyle;
  /** Whether the corridor ends at it (it is not kept off the line). */
  readonly endsCorridor?: boolean;
}

/** Web Mercator position at zoom 0, px of a 512-px world. */
function world([lng, lat]: readonly [number, number]): ScreenPoint {
  const sin = Math.sin((lat * Math.PI) / 180);
  return {
    x: ((lng + 180) / 360) * WORLD_PX,
    y: (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * WORLD_PX,
  };
}

/** Whether segment a–b crosses or touches rectangle r (Liang–Barsky clipping). */
function segmentHits(a: ScreenPoint, b: ScreenPoint, r: ScreenRect): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const edges: [number, number][] = [
    [-dx, a.x - r.left],
    [dx, r.right - a.x],
    [-dy, a.y - r.top],
    [dy, r.bottom - a.y],
  ];
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const t = q / p;
    if (p < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

const grow = (r: ScreenRect, by: number): ScreenRect => ({
  left: r.left - by,
  top: r.top - by,
  right: r.right + by,
  bottom: r.bottom + by,
});

/**
 * Each label's side, in input order. `labels` must come in placement order (those MapLibre
 * places first, first); `lines` are the corridor's lines as [lng, lat] positions.
 */
export function chooseAnchors(
  labels: readonly AnchorLabel[],
  lines: readonly (readonly (readonly [number, number])[])[],
): LabelAnchor[] {
  const points = labels.map((l) => world(l.lngLat));
  const zooms = labels.map((l) => Math.max(MIN_ZOOM, l.minzoom));
  const segments = lines.flatMap((line) =>
    line.slice(1).map((end, i) => [world(line[i]!), world(end)] as const),
  );
  const chosen: LabelAnchor[] = [];
  /** Label `i`'s box on `side` at `zoom`, around its point at the origin. */
  const boxAt = (i: number, side: LabelAnchor, zoom: number, origin: ScreenPoint) => {
    const { style, widthEm } = labels[i]!;
    const sizePx = sizeAt(style, zoom);
    return labelBox(origin, side, { widthPx: widthEm * sizePx, sizePx }, style.offsetEm);
  };
  /** Where label `j` is relative to label `i` at `zoom`, px (across ±180° the nearer way). */
  const relative = (i: number, j: number, zoom: number): ScreenPoint => {
    let dx = points[j]!.x - points[i]!.x;
    dx -= WORLD_PX * Math.round(dx / WORLD_PX);
    const scale = 2 ** zoom;
    return { x: dx * scale, y: (points[j]!.y - points[i]!.y) * scale };
  };
  labels.forEach((label, i) => {
    const zoom = zooms[i]!;
    const scale = 2 ** zoom;
    const cost = (side: LabelAnchor): [number, number] => {
      const own = boxAt(i, side, zoom, { x: 0, y: 0 });
      const wide = grow(own, LINE_HALF_PX);
      const at = (p: ScreenPoint): ScreenPoint => ({
        x: (p.x - points[i]!.x) * scale,
        y: (p.y - points[i]!.y) * scale,
      });
      const crossings = label.endsCorridor
        ? 0
        : segments.filter(([a, b]) => segmentHits(at(a), at(b), wide)).length;
      let covered = 0;
      labels.forEach((other, j) => {
        if (j === i) return;
        const pair = Math.max(zoom, zooms[j]!);
        const mine = pair === zoom ? own : boxAt(i, side, pair, { x: 0, y: 0 });
        const p = relative(i, j, pair);
        covered += overlapArea(
          mine,
          grow({ left: p.x, top: p.y, right: p.x, bottom: p.y }, dot(other)),
        );
        if (j < i) covered += overlapArea(mine, boxAt(j, chosen[j]!, pair, p));
      });
      return [crossings, covered];
    };
    const scored = label.style.anchors.map((side, rank) => ({ side, rank, cost: cost(side) }));
    scored.sort((a, b) => a.cost[0] - b.cost[0] || a.cost[1] - b.cost[1] || a.rank - b.rank);
    chosen.push(scored[0]!.side);
  });
  return chosen;
}

const dot = (label: AnchorLabel) => label.style.dot.radius + label.style.dot.stroke;
