/**
 * The map labels a claim marker must not hide (issue #26): the names of the lead ports (the
 * corridor's ends) and of the places the claims stand on, with their dots. Each label has one
 * fixed side (src/lib/style/point-labels.ts), written in the data: the ports' in geo/ports.geojson, the
 * places' in geo/place-labels.geojson. So the box each covers on screen follows from the camera
 * alone, with no question to the map (asking it which labels it draws costs a decode of its
 * basemap tiles, 30–60 ms on a software GPU). A label is kept clear from the zoom it shows at,
 * whether or not a neighbour's label has hidden it.
 */
import type { Feature, Point } from 'geojson';
import { FONTS } from '../../lib/style/ids';
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

/** A label the markers keep clear: where, what it says, how it is written, from which zoom. */
interface KeptLabel {
  readonly lngLat: readonly [number, number];
  readonly text: string;
  readonly anchor: LabelAnchor;
  readonly style: PointLabelStyle;
  readonly minzoom: number;
}

/** Px around a label's box that a marker keeps clear too: the text's halo (1.2–1.4 px). */
const MARGIN_PX = 1;

const CANVAS_FONT: Record<PointLabelStyle['face'], string> = {
  regular: `400 100px "${FONTS.regular[0]}"`,
  semibold: `600 100px "${FONTS.semibold[0]}"`,
  italic: `italic 400 100px "${FONTS.italic[0]}"`,
};

const kept = (f: Feature<Point>, style: PointLabelStyle, minzoom: number): KeptLabel => ({
  lngLat: [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!],
  text: String(f.properties?.name),
  anchor: String(f.properties?.anchor ?? style.anchors[0]) as LabelAnchor,
  style,
  minzoom,
});

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
  const widths = new Map<string, number>();
  let measurer: CanvasRenderingContext2D | null = null;
  /** Width of `text` in em, as the canvas measures it in the label's face (once per text). */
  const widthEm = (text: string, face: PointLabelStyle['face']) => {
    const key = `${face} ${text}`;
    let width = widths.get(key);
    if (width === undefined) {
      measurer ??= document.createElement('canvas').getContext('2d');
      if (!measurer) return 0;
      measurer.font = CANVAS_FONT[face];
      width = measurer.measureText(text).width / 100;
      widths.set(key, width);
    }
    return width;
  };
  return () => {
    const zoom = map.camera().zoom;
    return labels
      .filter((label) => zoom >= label.minzoom)
      .map(({ lngLat, text, anchor, style }) => {
        const sizePx = sizeAt(style, zoom);
        const widthPx = widthEm(text, style.face) * sizePx;
        const point = map.project(lngLat);
        const r = labelBox(point, anchor, { widthPx, sizePx }, style.offsetEm);
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
