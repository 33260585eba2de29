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
        },
      ],
    },
  },
);
