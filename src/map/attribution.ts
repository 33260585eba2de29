/**
 * The map's sources, as MapLibre's compact attribution control shows them (its markup and CSS: an
 * ⓘ that opens and folds the list, folded again when the map is dragged), without its layout
 * reads. MapLibre's control reads the map's width (offsetWidth) when added and again at every
 * style and source event while the map loads, each read a forced layout of the page, about 11 ms
 * of the app's start-up on a software GPU (issue #26). Whether the list starts open is decided
 * once by the page's phone breakpoint (ui/frame/styles.css), a media query that needs no layout:
 * open, it would cover a phone's map.
 */
import type { IControl, Map as MapLibreMap } from 'maplibre-gl';
import { controlIcon } from './control-icons';

/** A source as the attribution names it (in the reader's language), with its page. */
export interface Attribution {
  readonly url: string;
  readonly attribution: string;
}

const PHONE = '(max-width: 720px)';
const SHOWN = 'maplibregl-compact-show';

export class SourcesControl implements IControl {
  private container: HTMLDetailsElement | null = null;
  private map: MapLibreMap | null = null;

  constructor(private readonly sources: readonly Attribution[]) {}

  onAdd(map: MapLibreMap): HTMLElement {
    const container = document.createElement('details');
    container.className = 'maplibregl-ctrl maplibregl-ctrl-attrib maplibregl-compact';
    const button = document.createElement('summary');
    button.className = 'maplibregl-ctrl-attrib-button';
    // MapLibre's name for its button, in the map's language (controls.ts relabelControls).
    const toggle = map._getUIString('AttributionControl.ToggleAttribution');
    button.title = toggle;
    button.setAttribute('aria-label', toggle);
    button.append(controlIcon('attrib-button'));
    const list = document.createElement('div');
    list.className = 'maplibregl-ctrl-attrib-inner';
    this.sources.forEach((source, i) => {
      const link = document.createElement('a');
      link.href = source.url;
      link.rel = 'noopener';
      link.textContent = source.attribution;
      list.append(...(i === 0 ? [link] : [' | ', link]));
    });
    container.append(button, list);
    button.addEventListener('click', (event) => {
      // The list's state is the class and `open` together, set here rather than by <details>.
      event.preventDefault();
      this.show(!container.classList.contains(SHOWN));
    });
    this.container = container;
    this.map = map;
    map.on('drag', this.fold);
    this.show(!matchMedia(PHONE).matches);
    return container;
  }

  onRemove(): void {
    this.map?.off('drag', this.fold);
    this.container?.remove();
    this.container = this.map = null;
  }

  private readonly fold = () => this.show(false);

  private show(on: boolean): void {
    if (!this.container) return;
    this.container.classList.toggle(SHOWN, on);
    this.container.open = on;
  }
}
