/**
 * The map labels a claim marker must not hide (issue #26): the names of the lead ports (the
 * corridor's ends) and of the places the claims stand on, with their dots. Each label has one
 * fixed side (src/lib/style/point-labels.ts) and its width in em, both written in the data by
 * scripts/build-label-anchors.ts: the ports' in geo/ports.geojson, the places' in
 * geo/place-labels.geojson. So the box each covers on screen follows from the camera alone, with
 * no question to the map (asking it which labels it draws costs a decode of its basemap tiles,
 * 30–60 ms on a software GPU) and no text measured as the page opens (a canvas's first measure
 * in a web font cost 2–3 ms of the opening view). The width is the sum of the shipped font's
 * advances, without kerning: a few per cent over the drawn text, on the safe side for a box kept
 * clear. A label is kept clear from the zoom it shows at, whether or not a neighbour's label has
 * hidden it.
 */
import type { Feature, Point } from 'geojson';
import {
  CAPITAL_LABEL,
  CITY_LABEL,
  LEAD_PORT_LABEL,
  sizeAt,
  type LabelAnchor,
  type PointLabelStyle,
} from '../../lib/style/point-labels';
import { labelBox } from '../../lib/screen/label-box';
import type { ScreenRect } from '../../lib/screen/types';
import type { MapView } from '../../state/map-view';

/** A label the markers keep clear: where, how wide and how it is written, from which zoom. */
interface KeptLabel {
  readonly lngLat: readonly [number, number];
  readonly widthEm: number;
  readonly anchor: LabelAnchor;
  readonly style: PointLabelStyle;
  readonly minzoom: number;
}

/** Px around a label's box that a marker keeps clear too: the text's halo (1.2–1.4 px). */
const MARGIN_PX = 1;

const kept = (f: Feature<Point>, style: PointLabelStyle, minzoom: number): KeptLabel => {
  const widthEm = Number(f.properties?.widthEm);
  if (!(widthEm > 0)) throw new Error(`the label of ${String(f.properties?.name)} has no widthEm`);
  return {
    lngLat: [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!],
    widthEm,
    anchor: String(f.properties?.anchor ?? style.anchors[0]) as LabelAnchor,
    style,
    minzoom,
  };
};

/** The lead ports' labels (features of geo/ports.geojson) and the places' (geo/place-labels). */
export function keptLabelsOf(
  leadPorts: readonly Feature<Point>[],
  places: readonly Feature<Point>[],
): KeptLabel[] {
  return [
    ...leadPorts.map((f) => kept(f, LEAD_PORT_LABEL, LEAD_PORT_LABEL.minzoom)),
    ...places.map((f) =>
      kept(f, f.properties?.capital ? CAPITAL_LABEL : CITY_LABEL, Number(f.properties?.minzoom)),
    ),
  ];
}

/** The boxes `labels` cover on screen for the camera now, px in the map's container. */
export function labelRects(map: MapView, labels: readonly KeptLabel[]): () => ScreenRect[] {
  return () => {
    const zoom = map.camera().zoom;
    return labels
      .filter((label) => zoom >= label.minzoom)
      .map(({ lngLat, widthEm, anchor, style }) => {
        const sizePx = sizeAt(style, zoom);
        const point = map.project(lngLat);
        const r = labelBox(point, anchor, { widthPx: widthEm * sizePx, sizePx }, style.offsetEm);
        // The dot too: the label names it.
        const dot = style.dot.radius + style.dot.stroke;
        return {
          left: Math.min(r.left, point.x - dot) - MARGIN_PX,
          top: Math.min(r.top, point.y - dot) - MARGIN_PX,
          right: Math.max(r.right, point.x + dot) + MARGIN_PX,
          bottom: Math.max(r.bottom, point.y + dot) + MARGIN_PX,
        };
      });
  };
}
