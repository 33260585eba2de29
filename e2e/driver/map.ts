/**
 * What the map shows and where: the only code of the tests that talks to MapLibre (through the
 * app's handle, `window.corridorAtlas.map`). Specs read the map through these verbs, in the
 * app's terms (a place on screen, the features a layer draws, the camera), never the raw map.
 *
 * MapLibre's internals read here are those its own type declarations name (`_frameRequest`), so
 * `tsc` fails the day MapLibre renames them.
 */
import type { Frame, Page } from '@playwright/test';
import type { Map } from 'maplibre-gl';
import type { AppState } from '../../src/state/app-state';
import type { Store } from '../../src/state/store';

declare global {
  interface Window {
    /** The app's handle for tests and diagnostics (src/app/app.ts). */
    corridorAtlas?: { map: Map; ready: Promise<void>; store: Store<AppState> };
  }
}

/** A page, or a frame holding the atlas (an embed). */
export type Target = Page | Frame;
export type LngLat = [number, number];
/** A point in CSS pixels: on the page, or from the map's top left corner (as stated). */
export interface ScreenPoint {
  x: number;
  y: number;
}

export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
  bearing: number;
  pitch: number;
}

/** A feature a layer has drawn: its id and properties (as MapLibre returns them). */
export interface RenderedFeature {
  id: string | number | undefined;
  properties: Record<string, unknown>;
}

/** Where a place is for a person looking at the map. */
export type Sight = 'visible' | 'off the map' | 'covered';

/** MapLibre's camera moves, each recorded by `cameraCalls`. */
const CAMERA_METHODS = ['jumpTo', 'easeTo', 'flyTo', 'fitBounds'];

export class MapDriver {
  constructor(private readonly target: Target) {}

  /**
   * Waits until the app has created its map, the map's first view is loaded, and the page has
   * built what waited for it (the Routes panel below its first screen).
   */
  async ready(timeout = 30_000): Promise<void> {
    await this.target.waitForFunction(() => window.corridorAtlas !== undefined, null, {
      timeout,
    });
    await this.target.evaluate(() => window.corridorAtlas!.ready);
  }

  /**
   * Resolves when the map has no pending tiles, animations or placements. After one animation
   * frame (a change the page makes now asks the map for a render), a map with no render
   * pending and everything loaded is idle already; otherwise this waits for its next `idle`. It
   * does not force a render: on a software GPU a frame of the whole map costs about 0.2 s of CPU.
   */
  async idle(): Promise<void> {
    await this.target.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.corridorAtlas!.map;
          // `_frameRequest` is the render MapLibre has asked the browser for; it exists from the
          // map's first render on. Before that, a render is forced.
          if (!Object.hasOwn(map, '_frameRequest')) {
            map.once('idle', () => resolve());
            map.triggerRepaint();
            return;
          }
          requestAnimationFrame(() => {
            if (!map._frameRequest && map.loaded() && !map.isMoving()) resolve();
            else map.once('idle', () => resolve());
          });
        }),
    );
  }

  async camera(): Promise<Camera> {
    return this.target.evaluate(() => {
      const map = window.corridorAtlas!.map;
      const { lng, lat } = map.getCenter();
      return { lng, lat, zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
    });
  }

  /** The map's projection: `mercator` or `globe`. */
  async projection(): Promise<string> {
    return this.target.evaluate(() => {
      const type = window.corridorAtlas!.map.getProjection()?.type;
      return typeof type === 'string' ? type : 'mercator';
    });
  }

  /** The map's size in CSS pixels (its container's). */
  async size(): Promise<{ width: number; height: number }> {
    return this.target.evaluate(() => {
      const container = window.corridorAtlas!.map.getContainer();
      return { width: container.clientWidth, height: container.clientHeight };
    });
  }

  /** Where a place is drawn, in CSS pixels from the map's top left corner. */
  async pointOf(lngLat: LngLat): Promise<ScreenPoint> {
    return this.target.evaluate((p) => {
      const { x, y } = window.corridorAtlas!.map.project(p);
      return { x, y };
    }, lngLat);
  }

  /** The pixel distance from where a place is drawn to the map's centre. */
  async offCentre(lngLat: LngLat): Promise<number> {
    return this.target.evaluate((p) => {
      const map = window.corridorAtlas!.map;
      const a = map.project(p);
      const c = map.project(map.getCenter());
      return Math.hypot(a.x - c.x, a.y - c.y);
    }, lngLat);
  }

  /**
   * Where a person sees each place: on the map (within `margin` pixels of its edges), and not
   * inside the box of an element matching `covers` (the panel, a card, the map's controls).
   */
  async sight(
    places: readonly (readonly [number, number])[],
    options: { margin?: number; covers?: string } = {},
  ): Promise<Sight[]> {
    return this.target.evaluate(
      ({ points, margin, covers }) => {
        const map = window.corridorAtlas!.map;
        const canvas = map.getCanvas().getBoundingClientRect();
        const boxes = covers
          ? [...document.querySelectorAll(covers)]
              .map((el) => el.getBoundingClientRect())
              .filter((r) => r.width > 0)
          : [];
        return points.map((point) => {
          const { x, y } = map.project(point);
          const [px, py] = [canvas.left + x, canvas.top + y];
          const onMap =
            px >= canvas.left - margin &&
            px <= canvas.right + margin &&
            py >= canvas.top - margin &&
            py <= canvas.bottom + margin;
          if (!onMap) return 'off the map' as const;
          const covered = boxes.some(
            (r) => px >= r.left && px <= r.right && py >= r.top && py <= r.bottom,
          );
          return covered ? ('covered' as const) : ('visible' as const);
        });
      },
      { points: places as LngLat[], margin: options.margin ?? 0, covers: options.covers ?? '' },
    );
  }

  /**
   * The places a pointer can reach on the map (nothing drawn over the canvas there), in order,
   * with their page coordinates.
   */
  async reachable(places: readonly LngLat[]): Promise<(ScreenPoint & { lngLat: LngLat })[]> {
    return this.target.evaluate((points) => {
      const map = window.corridorAtlas!.map;
      const canvas = map.getCanvas();
      const rect = canvas.getBoundingClientRect();
      return points.flatMap((lngLat) => {
        const { x, y } = map.project(lngLat);
        const page = { lngLat, x: rect.left + x, y: rect.top + y };
        return document.elementFromPoint(page.x, page.y) === canvas ? [page] : [];
      });
    }, places as LngLat[]);
  }

  /**
   * The first of these page points where a pointer reaches the map (nothing over the canvas) and
   * `layer` draws nothing within `radius` CSS pixels; null if none.
   */
  async clearOf(
    layer: string,
    points: readonly ScreenPoint[],
    radius: number,
  ): Promise<ScreenPoint | null> {
    return this.target.evaluate(
      ({ layer, points, radius }) => {
        const map = window.corridorAtlas!.map;
        const canvas = map.getCanvas();
        const rect = canvas.getBoundingClientRect();
        const clear = points.find((p) => {
          const [px, py] = [p.x - rect.left, p.y - rect.top];
          const box: [[number, number], [number, number]] = [
            [px - radius, py - radius],
            [px + radius, py + radius],
          ];
          return (
            document.elementFromPoint(p.x, p.y) === canvas &&
            map.queryRenderedFeatures(box, { layers: [layer] }).length === 0
          );
        });
        return clear ?? null;
      },
      { layer, points: points as ScreenPoint[], radius },
    );
  }

  /** The page coordinates of a place on the map (whether or not something covers it). */
  async pagePoint(lngLat: LngLat): Promise<ScreenPoint> {
    return this.target.evaluate((p) => {
      const map = window.corridorAtlas!.map;
      const rect = map.getCanvas().getBoundingClientRect();
      const { x, y } = map.project(p);
      return { x: rect.left + x, y: rect.top + y };
    }, lngLat);
  }

  /**
   * The features a layer has drawn on screen now; with `near`, only those within `radius` CSS
   * pixels of a place.
   */
  async rendered(
    layer: string,
    near?: { lngLat: LngLat; radius: number } | { page: ScreenPoint; radius: number },
  ): Promise<RenderedFeature[]> {
    return this.target.evaluate(
      ({ layer, near }) => {
        const map = window.corridorAtlas!.map;
        const query = (features: ReturnType<typeof map.queryRenderedFeatures>) =>
          features.map((f) => ({ id: f.id, properties: { ...f.properties } }));
        if (!near) return query(map.queryRenderedFeatures({ layers: [layer] }));
        const rect = map.getCanvas().getBoundingClientRect();
        const p =
          'lngLat' in near
            ? map.project(near.lngLat)
            : { x: near.page.x - rect.left, y: near.page.y - rect.top };
        const r = near.radius;
        return query(
          map.queryRenderedFeatures(
            [
              [p.x - r, p.y - r],
              [p.x + r, p.y + r],
            ],
            { layers: [layer] },
          ),
        );
      },
      { layer, near },
    );
  }

  /** Whether a layer is switched on and draws something on screen now. */
  async draws(layer: string): Promise<boolean> {
    return this.target.evaluate((layer) => {
      const map = window.corridorAtlas!.map;
      return (
        map.getLayoutProperty(layer, 'visibility') !== 'none' &&
        map.queryRenderedFeatures({ layers: [layer] }).length > 0
      );
    }, layer);
  }

  /** The state the map keeps for one feature of a source (e.g. a region's `highlight`). */
  async featureState(source: string, id: string): Promise<Record<string, unknown>> {
    return this.target.evaluate(
      ({ source, id }) => ({ ...window.corridorAtlas!.map.getFeatureState({ source, id }) }),
      { source, id },
    );
  }

  /**
   * The camera moves the map is asked for while `act` runs: each MapLibre call's name and
   * duration (jumpTo has none). What was asked, not how many frames it drew, which depends on
   * the machine. The map's methods are restored afterwards.
   */
  async cameraCalls(act: () => Promise<void>): Promise<string[]> {
    await this.target.evaluate((names) => {
      const map = window.corridorAtlas!.map as unknown as Record<
        string,
        (...args: unknown[]) => unknown
      >;
      const calls: string[] = [];
      Object.defineProperty(window, '__cameraCalls', { value: calls, configurable: true });
      for (const name of names) {
        const original = map[name]!;
        // Own properties over the prototype's methods, deleted again below.
        map[name] = (...args: unknown[]) => {
          const options = (name === 'fitBounds' ? args[1] : args[0]) as { duration?: number };
          calls.push(name === 'jumpTo' ? name : `${name} ${options?.duration ?? 'default'}`);
          return original.apply(map, args);
        };
      }
    }, CAMERA_METHODS);
    try {
      await act();
      await this.idle();
      return await this.target.evaluate(
        () => (window as unknown as { __cameraCalls: string[] }).__cameraCalls,
      );
    } finally {
      await this.target.evaluate((names) => {
        const map = window.corridorAtlas!.map as unknown as Record<string, unknown>;
        for (const name of names) delete map[name];
      }, CAMERA_METHODS);
    }
  }

  /** How many `move` events the next camera move fires while `act` runs. */
  async moveEvents(act: () => Promise<void>): Promise<number> {
    const counted = this.target.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const map = window.corridorAtlas!.map;
          let moves = 0;
          const count = () => moves++;
          map.on('move', count);
          map.once('moveend', () => {
            map.off('move', count);
            resolve(moves);
          });
        }),
    );
    await act();
    return counted;
  }

  /** Zooms the map at once, as a reader's pinch or wheel would end up. */
  async zoomTo(zoom: number): Promise<void> {
    // (Braces: jumpTo returns the map, which Playwright would copy out of the page whole.)
    await this.target.evaluate((zoom) => {
      window.corridorAtlas!.map.jumpTo({ zoom });
    }, zoom);
  }

  /** Pans the map at once so a place lies `px` CSS pixels past its right edge. */
  async panPastRightEdge(lngLat: LngLat, px: number): Promise<void> {
    await this.target.evaluate(
      ({ lngLat, px }) => {
        const map = window.corridorAtlas!.map;
        const { x } = map.project(lngLat);
        map.panBy([x - map.getContainer().clientWidth - px, 0], { duration: 0 });
      },
      { lngLat, px },
    );
  }
  /** A layout property of a style layer, as JSON (e.g. a label layer's `text-field`). */
  async layoutProperty(layer: string, name: string): Promise<string> {
    return this.target.evaluate(
      ({ layer, name }) =>
        JSON.stringify(window.corridorAtlas!.map.getLayoutProperty(layer, name as 'visibility')),
      { layer, name },
    );
  }

  /**
   * Where the map draws one label, from its pixels: the label (text and halo) whose `name` is
   * `name` painted magenta for one frame (a paint change, which moves no label), and the box of
   * the magenta pixels within 200 px of its place, CSS pixels from the map's top left corner.
   * Its paint is put back after. Null when the map does not draw the label.
   */
  async labelBox(
    layer: string,
    name: string,
    place: readonly [number, number],
  ): Promise<{ left: number; top: number; right: number; bottom: number } | null> {
    await this.idle();
    return this.target.evaluate(
      async ({ layer, name, place }) => {
        const map = window.corridorAtlas!.map;
        const paint = ['text-color', 'text-halo-color'] as const;
        // Both are set on every label layer (src/lib/style); none is a plain default.
        const before = paint.map((p) => map.getPaintProperty(layer, p) as string);
        paint.forEach((p, i) =>
          map.setPaintProperty(layer, p, [
            'case',
            ['==', ['get', 'name'], name],
            '#ff00ff',
            before[i]!,
          ]),
        );
        await new Promise((resolve) => map.once('idle', resolve));
        const frame = await window.__pixels.mapFrame();
        const pixels = frame.getImageData(0, 0, frame.canvas.width, frame.canvas.height).data;
        paint.forEach((p, i) => map.setPaintProperty(layer, p, before[i]));
        const width = map.getCanvas().width;
        const ratio = width / map.getCanvas().clientWidth;
        const at = map.project(place);
        const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
        for (let i = 0; i < pixels.length; i += 4) {
          if (pixels[i]! < 200 || pixels[i + 1]! > 60 || pixels[i + 2]! < 200) continue;
          const x = ((i / 4) % width) / ratio;
          const y = Math.floor(i / 4 / width) / ratio;
          if (Math.abs(x - at.x) > 200 || Math.abs(y - at.y) > 200) continue;
          box.left = Math.min(box.left, x);
          box.top = Math.min(box.top, y);
          box.right = Math.max(box.right, x + 1 / ratio);
          box.bottom = Math.max(box.bottom, y + 1 / ratio);
        }
        return Number.isFinite(box.left) ? box : null;
      },
      { layer, name, place: [...place] as LngLat },
    );
  }

  /** The canvas's drawing buffer, in device pixels. */
  async canvasSize(): Promise<{ width: number; height: number }> {
    return this.target.evaluate(() => {
      const canvas = window.corridorAtlas!.map.getCanvas();
      return { width: canvas.width, height: canvas.height };
    });
  }

  /**
   * Starts watching the map's container; the returned function resolves once the container has
   * been hidden (print media hides the page) and the browser has reported its resize.
   */
  async watchContainerHidden(): Promise<() => Promise<void>> {
    await this.target.evaluate(() => {
      const container = window.corridorAtlas!.map.getContainer();
      const hidden = new Promise<void>((resolve) =>
        new ResizeObserver(() => container.clientWidth === 0 && resolve()).observe(container),
      );
      Object.defineProperty(window, '__containerHidden', { value: hidden, configurable: true });
    });
    return () =>
      this.target.evaluate(
        () => (window as unknown as { __containerHidden: Promise<void> }).__containerHidden,
      );
  }

  /** Asks the map for a new frame and resolves once it has drawn it. */
  async redraw(): Promise<void> {
    await this.target.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const map = window.corridorAtlas!.map;
          map.once('render', () => resolve());
          map.triggerRepaint();
        }),
    );
  }
}
