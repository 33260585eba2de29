import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render data as text (textContent / DOM nodes).' },
        { property: 'outerHTML', message: 'Render data as text (textContent / DOM nodes).' },
      ],
    },
  },
  {
    // One door to the map: panels, cards and the state reach it through src/state/map-view.ts,
    // which src/map/atlas-map.ts implements (docs/architecture.md).
    files: ['src/ui/**/*.ts', 'src/state/**/*.ts', 'src/app/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'maplibre-gl',
              message:
                'Only src/map talks to MapLibre; use the MapView methods (src/state/map-view.ts).',
            },
          ],
          patterns: [
            {
              group: ['../app/*', '../../app/*'],
              message: 'src/app wires the others together; nothing imports it.',
            },
          ],
        },
      ],
    },
  },
  {
    // The pure core must run in Node and the browser alike: no DOM, no map runtime.
    files: ['src/lib/**/*.ts', 'src/content/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'maplibre-gl',
              message: 'src/lib is pure: no maplibre-gl runtime import.',
              allowTypeImports: true,
            },
            { name: 'fs', message: 'src/lib is pure: no file system.' },
            { name: 'node:fs', message: 'src/lib is pure: no file system.' },
          ],
          patterns: [
            {
              group: [
                '../app/*',
                '../../app/*',
                '../state/*',
                '../../state/*',
                '../ui/*',
                '../map/*',
              ],
              message:
                'src/lib and src/content sit below state, map and ui (docs/architecture.md).',
            },
          ],
        },
      ],
    },
  },
  {
    // Specs speak the driver's verbs (e2e/driver/, docs/e2e-suite.md): only the driver reaches
    // the app's handle and, through it, MapLibre.
    files: ['e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "Identifier[name='corridorAtlas']",
          message:
            'Read the map and the app through the driver (e2e/driver/), not window.corridorAtlas.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'maplibre-gl', message: 'Only the e2e driver knows MapLibre.' }],
          patterns: [{ group: ['./driver/*'], message: "Import the driver's door: './driver'." }],
        },
      ],
    },
  },
  {
    // Content is data: the types it needs live beside it, and lib imports content, not the reverse.
    files: ['src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../lib/*', '../lib/**', '../state/*', '../ui/*', '../map/*', '../app/*'],
              message: 'src/content imports nothing from the rest of src (docs/architecture.md).',
            },
          ],
        },
      ],
    },
  },
);
