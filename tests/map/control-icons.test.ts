import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { CONTROL_ICONS } from '../../src/map/control-icons';

/** maplibre-gl's stylesheet as installed. */
const css = readFileSync(
  createRequire(import.meta.url).resolve('maplibre-gl/dist/maplibre-gl.css'),
  'utf8',
);

/** The SVG of the (first, unscoped) rule that gives `.maplibregl-ctrl-<name>` its icon. */
function upstreamIcon(name: string): string | undefined {
  const selector =
    name === 'attrib-button'
      ? '.maplibregl-ctrl-attrib-button{'
      : `.maplibregl-ctrl-${name} .maplibregl-ctrl-icon{`;
  const rule = css.slice(css.indexOf(selector));
  const encoded = /url\("data:image\/svg\+xml;charset=utf-8,([^"]+)"\)/.exec(rule)?.[1];
  return encoded === undefined ? undefined : decodeURIComponent(encoded);
}

// The icons drawn inline (src/map/control-icons.ts) are MapLibre's: a new maplibre-gl that
// redraws one fails here, and the copy is brought up to date.
describe('the map controls’ inline icons', () => {
  for (const [name, icon] of Object.entries(CONTROL_ICONS)) {
    it(`${name}: the installed maplibre-gl draws the same paths, in the same box`, () => {
      const svg = upstreamIcon(name);
      expect(svg, `maplibre-gl.css gives .maplibregl-ctrl-${name} an SVG icon`).toBeDefined();
      expect(svg).toContain(`width='${icon.size}' height='${icon.size}'`);
      expect(svg).toContain(`viewBox='${icon.viewBox}'`);
      const upstreamPaths = [...svg!.matchAll(/ d='([^']+)'/g)].map((m) => m[1]);
      expect(upstreamPaths).toEqual(icon.paths.map((p) => p.d));
      expect(svg!.includes("fill-rule='evenodd'")).toBe(Boolean('evenOdd' in icon && icon.evenOdd));
    });
  }
});
