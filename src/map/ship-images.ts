/**
 * The ship of the tour's voyage, drawn once on a 2D canvas and added to the map as an image in
 * each route's colour (no sprite file to load). Seen from above, bow up: MapLibre turns it to the
 * ship's heading.
 */
import type { Map as MapLibreMap } from 'maplibre-gl';
import { OVERLAY_COLOURS, SHIP_IMAGES } from '../lib/style';

const SIZE = 40;
const PIXEL_RATIO = 2;

function drawShip(colour: string): ImageData | null {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = SIZE;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  const w = SIZE / 2;
  ctx.translate(w, w);
  // A hull: pointed bow, square stern, in the route's colour with a white outline.
  ctx.beginPath();
  ctx.moveTo(0, -17);
  ctx.quadraticCurveTo(8, -8, 7, 4);
  ctx.lineTo(6, 16);
  ctx.lineTo(-6, 16);
  ctx.lineTo(-7, 4);
  ctx.quadraticCurveTo(-8, -8, 0, -17);
  ctx.closePath();
  ctx.lineJoin = 'round';
  ctx.lineWidth = 3;
  ctx.strokeStyle = '#ffffff';
  ctx.stroke();
  ctx.fillStyle = colour;
  ctx.fill();
  // The bridge, near the stern.
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(-3.5, 7, 7, 4);
  return ctx.getImageData(0, 0, SIZE, SIZE);
}

/**
 * Draws each ship's image when the map first needs it (the tour's voyage), not at every load: a
 * canvas read back costs 20–50 ms on a software GPU, at start-up, for an image most visits never
 * show (issue #26). MapLibre asks for an image its style lacks and waits for it
 * (Map.setMissingStyleImageResolver, maplibre-gl 6).
 */
export function drawShipsOnDemand(map: MapLibreMap): void {
  const ships = Object.entries(SHIP_IMAGES) as [keyof typeof SHIP_IMAGES, string][];
  map.setMissingStyleImageResolver((name) => {
    const ship = ships.find(([, image]) => image === name);
    const image = ship && drawShip(OVERLAY_COLOURS[ship[0]]);
    if (image && !map.hasImage(name)) map.addImage(name, image, { pixelRatio: PIXEL_RATIO });
  });
}
