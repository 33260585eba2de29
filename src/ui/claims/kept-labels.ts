/**
 * The map labels a claim marker must not hide (issue #26): the names of the lead ports (the
 * corridor's ends) and of the places the claims stand on, with their dots. The map says which of them it draws and
 * on which side (their fixed `anchor`, src/lib/style/labels.ts); this turns each into the box its
 * text covers on screen, for the markers' layout to treat as blocked (claim-markers.ts).
 */
import { FONTS, OVERLAY_LAYERS } from '../../lib/style/ids';
import {
  CAPITAL_LABEL,
  CITY_LABEL,
  LEAD_PORT_LABEL,
  PORT_LABEL,
  sizeAt,
  type LabelAnchor,
  type PointLabelStyle,
} from '../../lib/style/labels';
import { labelBox } from '../../lib/screen/label-box';
import type { ScreenRect } from '../../lib/screen/types';
import type { LabelLayerId, LngLat, MapView } from '../../state/map-view';

/** A drawn label: where, what it says, and how it is written. */
interface KeptLabel {
  readonly lngLat: LngLat;
  readonly text: string;
  readonly anchor: LabelAnchor;
  readonly style: PointLabelStyle;
}

/** Px around a label's box that a marker keeps clear too: the text's halo (1.2–1.4 px). */
const MARGIN_PX = 1;

const CANVAS_FONT: Record<PointLabelStyle['face'], string> = {
  regular: `400 100px "${FONTS.regular[0]}"`,
  semibold: `600 100px "${FONTS.semibold[0]}"`,
  italic: `italic 400 100px "${FONTS.italic[0]}"`,
};

/**
 * Keeps track of the labels at `places` (lead ports on the port layer, the claims' places on the
 * city layer): `measure()` asks the map which it draws (after the map settles) and says whether
 * that changed, `rects()` gives their boxes for the camera now.
 */
export function keptLabels(
  map: MapView,
  places: readonly { readonly layer: LabelLayerId; readonly lngLat: LngLat }[],
): { measure(): boolean; rects(): ScreenRect[] } {
  let labels: KeptLabel[] = [];
  const widths = new Map<string, number>();
  let measurer: CanvasRenderingContext2D | null = null;
  /** Width of `text` in em, as the canvas measures it in the label's face. */
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
  return {
    measure() {
      const before = JSON.stringify(labels);
      labels = places.flatMap(({ layer, lngLat }) =>
        map.labelsNear(layer, lngLat, 2).map(({ lngLat: at, properties: p }) => ({
          lngLat: at,
          text: String(p.name),
          anchor: String(p.anchor ?? styleOf(layer, p).anchors[0]) as LabelAnchor,
          style: styleOf(layer, p),
        })),
      );
      return JSON.stringify(labels) !== before;
    },
    rects() {
      const zoom = map.camera().zoom;
      return labels.map(({ lngLat, text, anchor, style }) => {
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
    },
  };
}

function styleOf(layer: LabelLayerId, p: Readonly<Record<string, unknown>>): PointLabelStyle {
  if (layer === OVERLAY_LAYERS.portLabels) return p.lead ? LEAD_PORT_LABEL : PORT_LABEL;
  return p.capital ? CAPITAL_LABEL : CITY_LABEL;
}
