/**
 * The tour's animated voyage: a ship sails the corridor (and, on the comparison step, a second
 * one the Mumbai → St Petersburg route, leaving at the same moment) under the Routes panel's
 * transit model (lib/voyage/voyage.ts). A day counter names where each ship is; play/pause and a
 * day slider control the time, and a whole voyage plays in about 12 seconds, from when the map is
 * first drawn. Under reduced motion nothing plays by itself; the slider still works.
 */
import type { TourVoyage } from '../../content/tour';
import { formatDays, formatKnots } from '../../lib/analysis/format';
import type { Ship } from '../../lib/map-data';
import { placeLabel } from '../../lib/planner/plan';
import {
  headingAt,
  voyageAt,
  voyageLabel,
  voyagePlan,
  type VoyagePlan,
} from '../../lib/voyage/voyage';
import type { AppContext } from '../../state/context';
import { prefersReducedMotion } from '../../state/motion';
import { h } from '../frame/dom';

/** Seconds the longest voyage of a step takes to play. */
const PLAY_SECONDS = 12;

export interface VoyagePlayer {
  stop(): void;
}

/** Fills `root` with the player and starts it (unless the reader prefers reduced motion). */
export function startVoyagePlayer(
  ctx: AppContext,
  root: HTMLElement,
  voyage: TourVoyage,
): VoyagePlayer {
  const { speed, allowance } = ctx.store.state.url;
  const portName = (id: string) => placeLabel({ kind: 'port', id }, ctx.data.ports);
  const ids: Ship['id'][] = voyage === 'comparison' ? ['corridor', 'comparison'] : ['corridor'];
  const ships = ids.map((id) => {
    const route = ctx.data.routes[id];
    const plan: VoyagePlan = voyagePlan({
      coordinates: route.feature.geometry.coordinates as [number, number][],
      km: route.km,
      stretches: route.stretches,
      knots: speed,
      allowanceDays: allowance,
    });
    const ports = { origin: portName(route.origin), destination: portName(route.destination) };
    const counter = h('p', {
      class: `voyage-day voyage-day-${id}`,
      'data-testid': `voyage-day-${id}`,
    });
    return { id, plan, ports, counter, name: `${ports.origin} → ${ports.destination}` };
  });
  const totalDays = Math.max(...ships.map((s) => s.plan.totalDays));
  let day = 0;
  let playing = false;
  let frame = 0;
  let lastTime = 0;

  const slider = h('input', {
    type: 'range',
    class: 'voyage-slider',
    min: 0,
    max: Math.ceil(totalDays * 10) / 10,
    step: 0.1,
    value: 0,
    'aria-label': 'Day of the voyage',
    'data-testid': 'voyage-slider',
  });
  const play = h('button', {
    type: 'button',
    class: 'voyage-play',
    'data-testid': 'voyage-play',
  });

  const show = () => {
    const positions: Ship[] = ships.map((ship) => {
      const state = voyageAt(ship.plan, day);
      ship.counter.textContent = `${ship.name}: ${voyageLabel(state, ship.ports)}`;
      return { id: ship.id, lngLat: state.lngLat, heading: headingAt(ship.plan, state) };
    });
    slider.value = String(Math.round(day * 10) / 10);
    slider.setAttribute('aria-valuetext', `Day ${Math.floor(day) + 1} of ${Math.ceil(totalDays)}`);
    root.dataset.day = day.toFixed(2);
    ctx.actions.showShips(positions);
  };
  const setPlaying = (on: boolean) => {
    playing = on;
    root.dataset.playing = String(on);
    play.textContent = on ? 'Pause' : day >= totalDays ? 'Replay' : 'Play';
    play.setAttribute('aria-label', on ? 'Pause the voyage' : 'Play the voyage');
    cancelAnimationFrame(frame);
    if (!on) return;
    if (day >= totalDays) day = 0;
    lastTime = performance.now();
    const tick = (now: number) => {
      day = Math.min(totalDays, day + ((now - lastTime) / 1000) * (totalDays / PLAY_SECONDS));
      lastTime = now;
      show();
      if (day >= totalDays) setPlaying(false);
      else frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
  };
  // The reader's own play, pause or slide before the map is drawn wins over the autoplay.
  let autoplayCancelled = false;
  play.addEventListener('click', () => {
    autoplayCancelled = true;
    setPlaying(!playing);
  });
  slider.addEventListener('input', () => {
    autoplayCancelled = true;
    setPlaying(false);
    day = slider.valueAsNumber;
    show();
  });

  root.replaceChildren(
    h('div', { class: 'voyage-player-controls' }, play, slider),
    ...ships.map((s) => s.counter),
    h(
      'p',
      { class: 'voyage-note' },
      `At ${formatKnots(speed)} with ${formatDays(allowance)} in port (half at each end), as set in the Routes panel.`,
    ),
  );
  show();
  // Labelled paused until it plays (bug: under reduced motion the button had no name, issue #26).
  setPlaying(false);
  // The voyage plays once the map is drawn: a ship moving under a map still loading is never
  // seen, and every frame it asks for would keep the map from reporting its opening view loaded
  // (bug: a link to this step showed an empty sea until the 15 s backstop, issue #26).
  const autoplay = () => {
    if (!autoplayCancelled && !prefersReducedMotion()) setPlaying(true);
  };
  if (ctx.map) void ctx.map.ready.then(autoplay);
  else autoplay();
  return {
    stop() {
      autoplayCancelled = true;
      setPlaying(false);
    },
  };
}
