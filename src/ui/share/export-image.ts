/**
 * Download image: a PNG of the current view at twice its CSS size, composed on a 2D canvas: the
 * map as drawn (redrawn once at that scale, not by slowing every frame) with what the page draws
 * over it (claim markers, their leaders and rings: export-markers.ts), and a footer with the
 * title, the legend of what is shown, km and nm scale bars, the route figures, every source with
 * its licence, and the link (layout: lib/export/layout.ts).
 */
import { CATEGORIES } from '../../content/claims';
import { layoutImage, type LegendEntry, type TextBlock } from '../../lib/export/layout';
import { exportFileName } from '../../lib/export/names';
import type { AppContext } from '../../state/context';
import type { MapView } from '../../state/map-view';
import { symbolSvg } from '../claims';
import { downloadBlob } from '../frame/download';
import { drawSymbol, mapImage } from './export-markers';
import { stateLink } from './links';
import { figureText, legendOf, sourcesLine } from './export-words';
import { t, tr } from '../frame/i18n';
import { shownView } from './what-is-shown';

/** Output pixels per CSS pixel. */
const SCALE = 2;
const FONT = '"Noto Sans Regular", "Noto Sans", sans-serif';
const INK = '#1f2a33';

const font = (px: number, weight: 'normal' | 'bold') =>
  weight === 'bold' ? `${px}px "Noto Sans Semibold", ${FONT}` : `${px}px ${FONT}`;

function drawText(g: CanvasRenderingContext2D, block: TextBlock, colour = INK): void {
  g.font = font(block.fontPx, block.weight);
  g.fillStyle = colour;
  g.textBaseline = 'middle';
  for (const line of block.lines) g.fillText(line.text, line.x, line.y + line.height / 2);
}

function drawSwatch(
  g: CanvasRenderingContext2D,
  entry: LegendEntry,
  box: { x: number; y: number; width: number; height: number },
): void {
  const { swatch } = entry;
  const { kind, colour } = swatch;
  g.save();
  g.fillStyle = colour;
  g.strokeStyle = colour;
  const midY = box.y + box.height / 2;
  if (kind === 'fill') {
    g.globalAlpha = 0.35;
    g.fillRect(box.x, box.y, box.width, box.height);
    g.globalAlpha = 1;
    g.strokeRect(box.x, box.y, box.width, box.height);
  } else if (swatch.kind === 'badge') {
    // The marker's look (src/ui/claim-markers.css): a white-ringed disc, the symbol at 56%.
    const r = box.height * 0.7;
    const cx = box.x + box.width / 2;
    g.beginPath();
    g.arc(cx, midY, r, 0, 2 * Math.PI);
    g.fill();
    g.lineWidth = r / 8;
    g.strokeStyle = '#fff';
    g.stroke();
    const size = r * 1.12;
    const symbol = symbolSvg(CATEGORIES[swatch.category].symbol, size);
    drawSymbol(g, symbol, { x: cx - size / 2, y: midY - size / 2, size }, '#fff');
  } else if (kind === 'dot') {
    g.beginPath();
    g.arc(box.x + box.width / 2, midY, box.height / 3, 0, 2 * Math.PI);
    g.fill();
  } else {
    g.lineWidth = Math.max(2, box.height / 4);
    g.setLineDash(kind === 'dashed' ? [8, 5] : kind === 'dotted' ? [2, 5] : []);
    g.beginPath();
    g.moveTo(box.x, midY);
    g.lineTo(box.x + box.width, midY);
    g.stroke();
  }
  g.restore();
}

/** Composes the image of what the map shows now (after it has finished drawing). */
export async function composeImage(
  ctx: AppContext,
  map: MapView,
): Promise<{ canvas: HTMLCanvasElement; name: string }> {
  await map.whenIdle();
  await document.fonts?.ready;
  const state = ctx.store.state;
  const shown = shownView(ctx, state);
  const container = map.container();
  const measureCanvas = document.createElement('canvas').getContext('2d')!;
  const layout = layoutImage({
    width: container.clientWidth,
    height: container.clientHeight,
    scale: SCALE,
    title: shown.title,
    legend: legendOf(shown.mapData),
    figures: shown.rows.map(figureText),
    attribution: sourcesLine(),
    tr,
    link: stateLink(state.url),
    metresPerPixel: map.metresPerPixel(),
    measure: (text, px, weight) => {
      measureCanvas.font = font(px, weight);
      return measureCanvas.measureText(text).width;
    },
  });
  const canvas = document.createElement('canvas');
  canvas.width = layout.width;
  canvas.height = layout.height;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.drawImage(
    mapImage(map, SCALE),
    layout.map.x,
    layout.map.y,
    layout.map.width,
    layout.map.height,
  );
  g.fillStyle = '#f5f7f8';
  g.fillRect(layout.footer.x, layout.footer.y, layout.footer.width, layout.footer.height);
  drawText(g, layout.title);
  for (const item of layout.legend) {
    drawSwatch(g, item.entry, item.swatch);
    drawText(g, item.label);
  }
  for (const bar of layout.scaleBars) {
    g.fillStyle = INK;
    g.fillRect(bar.bar.x, bar.bar.y, bar.bar.width, bar.bar.height);
    drawText(g, bar.label);
  }
  drawText(g, layout.figures);
  drawText(g, layout.attribution, '#4d5b66');
  drawText(g, layout.link, '#1d4ed8');
  return { canvas, name: exportFileName({ subject: shown.subject, date: new Date(), ext: 'png' }) };
}

/** Composes the image and downloads it. */
export async function downloadImage(ctx: AppContext): Promise<void> {
  if (!ctx.map) throw new Error(t('export.noMap'));
  const { canvas, name } = await composeImage(ctx, ctx.map);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error(t('export.noImage'));
  downloadBlob(blob, name);
}
