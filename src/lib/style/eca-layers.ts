/**
 * The Emission Control Areas' layers (issue #32): a faint fill and a thin dashed edge, under
 * every other overlay. Their data (geo/ecas.geojson) is set the first time the layer is shown:
 * the fill's metadata carries the file's URL (LAZY_DATA_KEY, read by src/map/overlays.ts).
 */
import type { LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { LAZY_DATA_KEY, OVERLAY_COLOURS, OVERLAY_LAYERS, OVERLAY_SOURCES } from './ids';
import { fillPaint, linePaint } from './paint';

export function ecaLayers(ecasUrl: string): LayerSpecification[] {
  return [
    {
      id: OVERLAY_LAYERS.ecaFill,
      type: 'fill',
      source: OVERLAY_SOURCES.ecas,
      metadata: { [LAZY_DATA_KEY]: ecasUrl },
      paint: fillPaint({ colour: OVERLAY_COLOURS.eca, opacity: 0.08 }),
    },
    {
      id: OVERLAY_LAYERS.ecaLine,
      type: 'line',
      source: OVERLAY_SOURCES.ecas,
      paint: linePaint({ colour: OVERLAY_COLOURS.eca, width: 0.8, opacity: 0.6, dash: [3, 2] }),
    },
  ];
}
