/**
 * The map controls' icons as inline SVG. MapLibre's stylesheet gives each control button its
 * icon as a CSS background, an SVG data URL, and Chromium builds a separate SVG document for each
 * such image: 1–2 ms of main-thread time apiece, four on the opening view (zoom in, zoom out, the
 * compass, the sources' ⓘ), about 6 ms of the app's start-up against the bare map (issue #26).
 * The same paths drawn inline cost a fraction of that. A button whose icon is inline drops its
 * background (ui/frame/styles.css, `:has(> svg)`), so a button this code misses keeps MapLibre's.
 *
 * The paths are maplibre-gl's own (dist/maplibre-gl.css, BSD-3-Clause); a unit test checks that
 * the installed version still draws them (tests/map/control-icons.test.ts).
 */

const SVG_NS = 'http://www.w3.org/2000/svg';

interface Icon {
  /** The drawn size in CSS pixels (the button's), and the paths' coordinate space. */
  readonly size: number;
  readonly viewBox: string;
  /** Each path, and its class when it is not drawn in the icon's ink. */
  readonly paths: readonly { readonly d: string; readonly class?: string }[];
  readonly evenOdd?: boolean;
}

/** MapLibre's icons, by the class of the button that shows them (`maplibregl-ctrl-<name>`). */
export const CONTROL_ICONS = {
  'zoom-in': {
    size: 29,
    viewBox: '0 0 29 29',
    paths: [
      {
        d: 'M14.5 8.5c-.75 0-1.5.75-1.5 1.5v3h-3c-.75 0-1.5.75-1.5 1.5S9.25 16 10 16h3v3c0 .75.75 1.5 1.5 1.5S16 19.75 16 19v-3h3c.75 0 1.5-.75 1.5-1.5S19.75 13 19 13h-3v-3c0-.75-.75-1.5-1.5-1.5',
      },
    ],
  },
  'zoom-out': {
    size: 29,
    viewBox: '0 0 29 29',
    paths: [
      { d: 'M10 13c-.75 0-1.5.75-1.5 1.5S9.25 16 10 16h9c.75 0 1.5-.75 1.5-1.5S19.75 13 19 13z' },
    ],
  },
  // North in ink, south pale; MapLibre turns the icon's box to the map's bearing and pitch.
  compass: {
    size: 29,
    viewBox: '0 0 29 29',
    paths: [{ d: 'm10.5 14 4-8 4 8z' }, { d: 'm10.5 16 4 8 4-8z', class: 'ctrl-icon-pale' }],
  },
  // The sources' ⓘ (the attribution button's icon).
  'attrib-button': {
    size: 24,
    viewBox: '0 0 20 20',
    evenOdd: true,
    paths: [
      {
        d: 'M4 10a6 6 0 1 0 12 0 6 6 0 1 0-12 0m5-3a1 1 0 1 0 2 0 1 1 0 1 0-2 0m0 3a1 1 0 1 1 2 0v3a1 1 0 1 1-2 0',
      },
    ],
  },
} as const satisfies Record<string, Icon>;

export type ControlIconName = keyof typeof CONTROL_ICONS;

/** The icon as an `<svg>` element, hidden from assistive technology (its button has the name). */
export function controlIcon(name: ControlIconName): SVGSVGElement {
  const icon: Icon = CONTROL_ICONS[name];
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('class', 'ctrl-icon');
  svg.setAttribute('width', String(icon.size));
  svg.setAttribute('height', String(icon.size));
  svg.setAttribute('viewBox', icon.viewBox);
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  if (icon.evenOdd) svg.setAttribute('fill-rule', 'evenodd');
  for (const { d, class: cls } of icon.paths) {
    const path = document.createElementNS(SVG_NS, 'path');
    path.setAttribute('d', d);
    if (cls) path.setAttribute('class', cls);
    svg.append(path);
  }
  return svg;
}

/**
 * Draws the icons inline in a MapLibre control's buttons (its `maplibregl-ctrl-<name>` classes
 * and their `maplibregl-ctrl-icon` boxes, the markup its stylesheet styles).
 */
export function inlineIcons(container: HTMLElement, names: readonly ControlIconName[]): void {
  for (const name of names) {
    container
      .querySelector(`.maplibregl-ctrl-${name} .maplibregl-ctrl-icon`)
      ?.append(controlIcon(name));
  }
}
