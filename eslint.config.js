import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

/** Each layer may import only the layers below it (ARCHITECTURE.md); these rules say so. */
const layer = (files, forbidden, why) => ({
  files,
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [{ group: forbidden, message: why }],
      },
    ],
  },
});

const ui = ['**/components/**', '**/views/**', '**/App.svelte'];

export default ts.config(
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'svelte/no-at-html-tags': 'error',
      'svelte/require-each-key': 'error',
      // Maps and sets here are built once and replaced whole (live-query results), never mutated
      // in place, so Svelte's reactive collections would add cost without adding anything.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { projectService: false, extraFileExtensions: ['.svelte'], parser: ts.parser, svelteConfig } },
  },
  layer(
    ['src/lib/domain/**'],
    ['**/db/**', '**/io/**', '**/state/**', '**/charts/**', ...ui, 'svelte', 'svelte/*', 'dexie', 'exceljs', 'chart.js', 'chart.js/*'],
    'lib/domain is plain TypeScript: it may not import storage, I/O, UI state, charts or Svelte.',
  ),
  layer(
    ['src/lib/db/**'],
    ['**/io/**', '**/state/**', '**/charts/**', ...ui, 'svelte', 'svelte/*', 'exceljs', 'chart.js', 'chart.js/*'],
    'lib/db knows Dexie and the domain only.',
  ),
  layer(
    ['src/lib/io/**'],
    ['**/state/**', '**/charts/**', ...ui, 'svelte', 'svelte/*', 'chart.js', 'chart.js/*'],
    'lib/io knows ExcelJS, the domain and the database only.',
  ),
  layer(
    ['src/lib/charts/**'],
    ['**/db/**', '**/io/**', '**/state/**', ...ui, 'dexie', 'exceljs'],
    'lib/charts builds datasets from domain values; it does not read storage or UI state.',
  ),
  layer(['src/lib/state/**'], ui, 'lib/state is below the components and views.'),
  layer(['src/components/**'], ['**/views/**', '**/App.svelte'], 'Shared components may not depend on views.'),
);
