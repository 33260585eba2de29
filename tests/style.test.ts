import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LAYERS, makeStyle, SOURCES } from '../src/lib/style';

const urls = Object.fromEntries(
  Object.values(SOURCES).map((id) => [id, `https://atlas.test/${id}.geojson`]),
) as Parameters<typeof makeStyle>[0]['basemap'];

describe('the map style', () => {
  const style = makeStyle({ basemap: urls });

  it('passes the MapLibre style-spec validator with no errors', () => {
    expect(validateStyleMin(style as never)).toEqual([]);
  });

  it('has no glyphs URL, so labels are drawn locally with the shipped fonts', () => {
    expect(style).not.toHaveProperty('glyphs');
    const fonts = new Set(
      style.layers.flatMap((layer) =>
        layer.type === 'symbol'
          ? (JSON.stringify(layer.layout?.['text-font']).match(/Noto Sans \w+/g) ?? [])
          : [],
      ),
    );
    expect([...fonts].sort()).toEqual([
      'Noto Sans Italic',
      'Noto Sans Regular',
      'Noto Sans Semibold',
    ]);
  });

  it('uses every declared layer id once and references only declared sources', () => {
    const ids = style.layers.map((l) => l.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(expect.arrayContaining(Object.values(LAYERS)));
    for (const layer of style.layers) {
      if ('source' in layer) expect(Object.keys(style.sources)).toContain(layer.source);
    }
  });

  it('can fail: the validator reports a broken layer', () => {
    const broken = {
      ...style,
      layers: [...style.layers, { id: 'x', type: 'line', source: 'nope' }],
    };
    expect(validateStyleMin(broken as never).length).toBeGreaterThan(0);
  });
});
