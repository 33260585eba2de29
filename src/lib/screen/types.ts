/**
 * Screen-space shapes shared by the pure core (claim declutter, insets), the map's door
 * (state/map-view.ts) and the map module: pixels, relative to the map's container unless a
 * function says otherwise.
 */

export interface ScreenPoint {
  x: number;
  y: number;
}

export interface ScreenRect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * The map as a person sees it, px: `view` is the part not under the panel; `blocked` are the
 * small things over it (controls, legend) that a button must not cover.
 */
export interface ScreenArea {
  view: ScreenRect;
  blocked: readonly ScreenRect[];
}
