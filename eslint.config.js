import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import { atlasPlugin } from './scripts/lib/eslint-layers.js';

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
    // The import table of docs/architecture.md, written once (scripts/lib/layers.js) and enforced
    // here as you type and by tests/architecture.test.ts in npm test.
    files: ['src/**/*.ts'],
    plugins: { atlas: atlasPlugin },
    rules: {
      'atlas/layers': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'fs', message: 'src/ runs in the browser: no file system.' },
            { name: 'node:fs', message: 'src/ runs in the browser: no file system.' },
          ],
        },
      ],
    },
  },
  {
    // The pure core must run in Node and the browser alike: no DOM globals (tsconfig.pure.json
    // compiles it without the DOM's types, too).
    files: ['src/lib/**/*.ts', 'src/content/**/*.ts'],
    languageOptions: { globals: {} },
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
);
