import type { FeatureCollection, LineString, Point } from 'geojson';
import { describe, expect, it } from 'vitest';
import { anchorInputs, placeLabelsOf, widthInData } from '../../scripts/build-label-anchors';
import { labelFontMeasure } from '../../scripts/lib/font-metrics';
import { chooseAnchors, type AnchorLabel } from '../../scripts/lib/label-anchors';
import { labelBox } from '../../src/lib/screen/label-box';
import {
  CAPITAL_LABEL,
  CHOKEPOINT_LABEL,
  CITY_LABEL,
  LEAD_PORT_LABEL,
  sizeAt,
  type LabelAnchor,
} from '../../src/lib/style/point-labels';
import { readGeo } from '../geojson';

/** A city label of `widthEm` at [lng, lat], shown from zoom 4. */
const city = (lngLat: [number, number], widthEm = 4, minzoom = 4): AnchorLabel => ({
  lngLat,
  minzoom,
  widthEm,
  style: CITY_LABEL,
});

/** 1 px at zoom 4 in degrees of longitude (512-px tiles: 8192 px around the world). */
const PX = 360 / (512 * 2 ** 4);

describe('the label-anchor rule (scripts/lib/label-anchors.ts)', () => {
  it('gives a label with nothing near it its first preferred side', () => {
    expect(chooseAnchors([city([10, 0])], [])).toEqual(['left']);
    expect(chooseAnchors([{ ...city([10, 0]), style: CHOKEPOINT_LABEL }], [])).toEqual(['right']);
  });

  it('lets a port the corridor ends at write its name beside the line', () => {
    const line: [number, number][] = [
      [10, 0],
      [11, 0],
    ];
    const port: AnchorLabel = { lngLat: [10, 0], minzoom: 4, widthEm: 4, style: LEAD_PORT_LABEL };
    expect(chooseAnchors([port], [line])).toEqual(['right']);
    expect(chooseAnchors([{ ...port, endsCorridor: true }], [line])).toEqual(['left']);
  });

  it('keeps a label off the corridor: a line just right of the point sends it left', () => {
    const line: [number, number][] = [
      [10 + 20 * PX, -1],
      [10 + 20 * PX, 1],
    ];
    expect(chooseAnchors([city([10, 0])], [line])).toEqual(['right']);
    // The same line far away changes nothing.
    expect(
      chooseAnchors([city([10, 0])], [line.map(([x, y]) => [x + 5, y] as [number, number])]),
    ).toEqual(['left']);
  });

  it('keeps a label off a neighbour’s dot, shown or placed later', () => {
    // A dot 20 px right of the point, in the text's way; the neighbour's own side is free.
    const labels = [city([10, 0]), city([10 + 20 * PX, 0], 1)];
    expect(chooseAnchors(labels, [])[0]).toBe('right');
  });

  it('keeps a label off a label placed before it', () => {
    // The first label, 60 px to the left, writes its text rightwards into the second's left side;
    // the second's right side is taken by a dot.
    const first = city([10 - 80 * PX, 0], 4);
    const second = city([10, 0], 3);
    const dotRight = city([10 + 18 * PX, 40 * PX], 1);
    const [a, b] = chooseAnchors([first, second, { ...dotRight, lngLat: [10 + 18 * PX, 0] }], []);
    expect(a).toBe('left');
    expect(b).not.toBe('left');
    expect(b).not.toBe('right');
  });

  it('judges a pair at the first zoom where both show: a city shown only from zoom 4.5 does not push one shown from zoom 1', () => {
    // 2° apart: 6 px at zoom 1 (in the way), 64 px at zoom 4.5 (clear of a 4-em label).
    const early = city([10, 0], 4, 1);
    const late = city([12, 0], 1, 4.5);
    expect(chooseAnchors([early, late], [])[0]).toBe('left');
    const both = city([12, 0], 1, 1);
    expect(chooseAnchors([early, both], [])[0]).toBe('right');
  });

  it('with no clear side, crosses the corridor least', () => {
    // Lines on both sides and below; above is free of lines but a dot sits there.
    const v = (dx: number): [number, number][] => [
      [10 + dx * PX, -1],
      [10 + dx * PX, 1],
    ];
    const h: [number, number][] = [
      [9, -20 * PX],
      [11, -20 * PX],
    ];
    const dotAbove = city([10, 16 * PX], 1);
    expect(chooseAnchors([city([10, 0]), dotAbove], [v(30), v(-30), h])[0]).toBe('bottom');
  });

  it('never puts a lead port’s name above its dot, where a claim marker stands', () => {
    const port: AnchorLabel = { lngLat: [10, 0], minzoom: 0, widthEm: 4, style: LEAD_PORT_LABEL };
    const v = (dx: number): [number, number][] => [
      [10 + dx * PX, -1],
      [10 + dx * PX, 1],
    ];
    const below: [number, number][] = [
      [9, 30 * PX],
      [11, 30 * PX],
    ];
    const sides = chooseAnchors([{ ...port, minzoom: 4 }], [v(30), v(-30), below]);
    expect(LEAD_PORT_LABEL.anchors).not.toContain('bottom');
    expect(sides[0]).not.toBe('bottom');
  });

  it('sees a neighbour across ±180°', () => {
    const east = city([179.99, 0]);
    const west = city([-179.99 + 10 * PX, 0], 1);
    expect(chooseAnchors([east, west], [])[0]).toBe('right');
  });
});

describe('a label’s box on screen (src/lib/screen/label-box.ts)', () => {
  const text = { widthPx: 40, sizePx: 10 };
  it('writes the text on the side its anchor names, `offsetEm` from the point', () => {
    const at = { x: 100, y: 50 };
    expect(labelBox(at, 'left', text, 0.5)).toEqual({ left: 105, top: 44, right: 145, bottom: 56 });
    expect(labelBox(at, 'right', text, 0.5)).toEqual({ left: 55, top: 44, right: 95, bottom: 56 });
    const below = labelBox(at, 'top', text, 0.5);
    expect([below.left, below.right]).toEqual([80, 120]);
    expect(below.top).toBeCloseTo(50 + 5 - (7 / 24) * 10);
    const above = labelBox(at, 'bottom', text, 0.5);
    expect(above.bottom).toBeCloseTo(50 - 5 + (7 / 24) * 10);
    expect(above.bottom - above.top).toBeCloseTo(12);
  });
});

describe('the label fonts’ widths (scripts/lib/font-metrics.ts)', () => {
  const measure = labelFontMeasure();
  it('reads advances from the shipped WOFF files: wide letters wider, semibold wider', () => {
    expect(measure('W', 'regular')).toBeGreaterThan(measure('i', 'regular') * 2.5);
    expect(measure('Vladivostok', 'semibold')).toBeGreaterThan(measure('Vladivostok', 'regular'));
    expect(measure('ab', 'regular')).toBeCloseTo(measure('a', 'regular') + measure('b', 'regular'));
    // Cyrillic comes from its own subset file.
    expect(measure('Москва', 'regular')).toBeGreaterThan(2);
  });
});

describe('the label sides in geo/ (scripts/build-label-anchors.ts)', () => {
  const files = {
    basemap: readGeo('basemap/basemap.geojson'),
    ports: readGeo('ports.geojson') as FeatureCollection<Point>,
    chokepoints: readGeo('chokepoints.geojson') as FeatureCollection<Point>,
    routes: readGeo('routes.geojson') as FeatureCollection<LineString>,
  };
  const { features, labels, corridor } = anchorInputs(files);

  it('give every label the map draws a side its layer allows', () => {
    expect(features.length).toBeGreaterThan(500);
    labels.forEach((label, i) => {
      const anchor = features[i]!.properties?.anchor as LabelAnchor;
      expect(label.style.anchors, String(features[i]!.properties?.name)).toContain(anchor);
    });
  });

  it('are the rule’s, for the files as they are (rebuilt, not edited by hand)', () => {
    const sides = chooseAnchors(labels, corridor);
    expect(features.map((f) => f.properties?.anchor)).toEqual(sides);
  });

  it('write the corridor ports’ names on their first side, beside the line that ends there', () => {
    for (const name of ['Chennai', 'Vladivostok']) {
      const i = features.findIndex((f) => f.properties?.name === name && !f.properties?.layer);
      expect(i, name).toBeGreaterThanOrEqual(0);
      expect(labels[i]!.endsCorridor, name).toBe(true);
      expect(labels[i]!.widthEm * sizeAt(LEAD_PORT_LABEL, 1.9)).toBeGreaterThan(40);
    }
    // Chennai's name right of its dot, where the corridor leaves it: on the phone's opening view
    // the left side would be past the map's edge.
    const chennai = features.find((f) => f.properties?.name === 'Chennai' && !f.properties?.layer);
    expect(chennai?.properties?.anchor).toBe('left');
    // Mumbai leads the comparison route, not the corridor.
    const mumbai = features.findIndex(
      (f) => f.properties?.name === 'Mumbai' && !f.properties?.layer,
    );
    expect(labels[mumbai]!.endsCorridor).toBe(false);
  });

  it('list the claims’ places the city layer labels, with the basemap’s sides (geo/place-labels.geojson)', () => {
    const places = readGeo('place-labels.geojson');
    expect(places).toEqual(placeLabelsOf(files.basemap));
    const names = places.features.map((f) => f.properties?.name);
    // New Delhi and Ahmedabad (Gujarat's point); Chennai and Vladivostok are the ports' labels.
    expect(names).toEqual(['New Delhi', 'Ahmedabad']);
    for (const f of places.features) {
      const city = files.basemap.features.find(
        (c) => c.properties?.layer === 'city' && c.properties.name === f.properties?.name,
      );
      expect(f.properties?.anchor).toBe(city?.properties?.anchor);
      expect(f.geometry).toEqual(city?.geometry);
    }
  });

  it('carry the width of each label the claim markers keep clear, and no other (rebuilt)', () => {
    const measure = labelFontMeasure();
    const lead = features.filter((_, i) => labels[i]!.style === LEAD_PORT_LABEL);
    expect(lead.map((f) => f.properties?.name).sort()).toEqual(
      expect.arrayContaining(['Chennai', 'Vladivostok']),
    );
    features.forEach((f, i) => {
      const isLead = labels[i]!.style === LEAD_PORT_LABEL;
      const width = f.properties?.widthEm as number | undefined;
      if (!isLead) expect(width, String(f.properties?.name)).toBeUndefined();
      else expect(width, String(f.properties?.name)).toBe(widthInData(labels[i]!.widthEm));
    });
    for (const f of readGeo('place-labels.geojson').features) {
      const face = (f.properties?.capital ? CAPITAL_LABEL : CITY_LABEL).face;
      expect(f.properties?.widthEm, f.properties?.name).toBe(
        widthInData(measure(f.properties?.name, face)),
      );
    }
  });

  it('measure every name with glyphs of the shipped fonts', () => {
    const measure = labelFontMeasure();
    for (const label of labels) expect(label.widthEm).toBeGreaterThan(0);
    // A name made only of characters the fonts lack would measure as many widest capitals.
    expect(measure('Chennai', 'semibold')).toBeLessThan(7 * 0.7);
  });
});
