import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The core is pure: no host, DOM, UI, storage, network or xlsx code may be imported from src/core.
const forbiddenInCore = [
  'react', 'react-dom', 'react/*', 'dexie', 'exceljs', 'fs', 'node:*', 'path', 'http', 'https',
  '@microsoft/*', '@azure/*', '@fluentui/*', 'office-js', '@types/office-js', 'et-jsapi-declare',
  '**/hosts/**', '**/store/**', '**/taskpane/**', '**/cli/**', '**/commands/**',
];

// Every layer imports only from the layers below it (ARCHITECTURE.md). Type-only imports of a port are fine.
const layer = (files, ignores, group, message) => ({
  files,
  ignores: ['**/*.test.ts', '**/*.test.tsx', ...ignores],
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: [{ group, message, allowTypeImports: true }] }] },
});
const UPPER = ['**/app/**', '**/services/**', '**/taskpane/**', '**/commands/**', '**/apps/**'];
// Entry points that still sit inside hosts/ (moving to src/apps/) pick adapters and mount views: exempt.
const HOST_ENTRY_POINTS = ['src/hosts/wps/addin/**', 'src/hosts/sandbox/demo.tsx', 'src/hosts/sandbox/DemoLayout.tsx', 'src/hosts/sandbox/seed/**'];
// Where the pane picks its store and sign-in (composition, on its way to src/apps/): exempt from the view rule.
const PANE_COMPOSITION = ['src/taskpane/workbookStore.ts', 'src/taskpane/hostSelection.ts', 'src/taskpane/teamMode/**'];
const ADAPTERS = ['**/hosts/excel/**', '**/hosts/wps/**', '**/hosts/sandbox/**', '**/store/local/**', '**/store/sharepoint/**', '**/store/sync/**'];

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'dist-*/**', 'coverage/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable', require: 'readonly', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    ignores: ['src/core/**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: forbiddenInCore, message: 'src/core is pure: no Office, DOM, React, Dexie, Graph, ExcelJS or Node I/O.' }] }],
      'no-restricted-globals': ['error',
        { name: 'window', message: 'src/core has no DOM.' },
        { name: 'document', message: 'src/core has no DOM.' },
        { name: 'Office', message: 'src/core knows nothing of Office.' },
        { name: 'Excel', message: 'src/core knows nothing of Office.' },
        { name: 'indexedDB', message: 'src/core has no storage.' },
        { name: 'fetch', message: 'src/core has no network.' }],
      'no-restricted-syntax': ['error',
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: 'Rules take `today` as a parameter.' },
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'Rules take `today` as a parameter.' }],
    },
  },
  layer(['src/store/**/*.ts'], [], ['**/hosts/**', ...UPPER],
    'The store is below the hosts and the application: it imports no hosts, app, services, views or commands.'),
  layer(['src/hosts/**/*.ts', 'src/hosts/**/*.tsx'], HOST_ENTRY_POINTS, ['**/store/**', ...UPPER],
    'Host adapters implement the SpreadsheetHost port: no views, app, services, store or commands.'),
  layer(['src/taskpane/**/*.ts', 'src/taskpane/**/*.tsx'], PANE_COMPOSITION, ADAPTERS,
    'Views reach hosts and stores through their ports and the application layer, not through adapters.'),
);
