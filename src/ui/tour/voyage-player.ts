/**
 * The tour's animated voyage: a ship sails the corridor (and, on the comparison step, a second
 * one the Mumbai → St Petersburg route, leaving at the same moment) under the Routes panel's
 * transit model (lib/voyage/voyage.ts). A day counter names where each ship is; play/pause and a
 * day slider control the time, and a whole voyage plays in about 12 seconds, from when the map is
 * first drawn. Under reduced motion nothing plays by itself; the slider still works.
 */
import type { TourVoyage } from '../../content/tour';
import type { Ship } from '../../lib/map-data';
import {
  headingAt,
  voyageAt,
  voyagePlan,
  type VoyagePlan,
  type VoyageState,
} from '../../lib/voyage/voyage';
import type { AppContext } from '../../state/context';
import { prefersReducedMotion } from '../../state/motion';
import { h } from '../frame/dom';
import { fmt, placeName, t } from '../frame/i18n';
import { portName } from '../routes';

/**
 * The day counter's words: "Day 6 · Strait of Malacca"; "Day 1 · in port, Chennai"; "Day 12 · at
 * sea" where Natural Earth names no area. Areas and ports in the reader's language.
 */
function where(state: VoyageState, ports: { origin: string; destination: string }): string {
  const stretch = state.stretch
    ? placeName('seas', state.stretch, state.stretch)
    : t('voyage.atSea');
  const port = state.phase === 'departure' ? ports.origin : ports.destination;
  return t('voyage.where', { phase: state.phase, day: state.dayNumber, stretch, port });
}

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
    const ports = {
      origin: portName(ctx, route.origin),
      destination: portName(ctx, route.destination),
    };
    const counter = h('p', {
      class: `voyage-day voyage-day-${id}`,
      'data-testid': `voyage-day-${id}`,
    });
    const name = t('route.pair', { from: ports.origin, to: ports.destination });
    return { id, plan, ports, counter, name };
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
    'aria-label': t('voyage.slider'),
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
      ship.counter.textContent = t('voyage.counter', {
        route: ship.name,
        where: where(state, ship.ports),
      });
      return { id: ship.id, lngLat: state.lngLat, heading: headingAt(ship.plan, state) };
    });
    slider.value = String(Math.round(day * 10) / 10);
    slider.setAttribute(
      'aria-valuetext',
      t('voyage.day', { day: Math.floor(day) + 1, total: Math.ceil(totalDays) }),
    );
    root.dataset.day = day.toFixed(2);
    ctx.actions.showShips(positions);
  };
  const setPlaying = (on: boolean) => {
    playing = on;
    root.dataset.playing = String(on);
    play.textContent = t(on ? 'voyage.pause' : day >= totalDays ? 'voyage.replay' : 'voyage.play');
    play.setAttribute('aria-label', t(on ? 'voyage.pauseLabel' : 'voyage.playLabel'));
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

  // The button says what it does before anything plays (under reduced motion nothing does).
  setPlaying(false);
  root.replaceChildren(
    h('div', { class: 'voyage-player-controls' }, play, slider),
    ...ships.map((s) => s.counter),
    h(
      'p',
      { class: 'voyage-note' },
      t('voyage.note', { speed: fmt.knots(speed), allowance: fmt.days(allowance) }),
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
