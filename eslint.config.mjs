import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The core is pure: no host, DOM, UI, storage, network or xlsx code may be imported from src/core.
const forbiddenInCore = [
  'react', 'react-dom', 'react/*', 'dexie', 'exceljs', 'fs', 'node:*', 'path', 'http', 'https',
  '@microsoft/*', '@azure/*', '@fluentui/*', 'office-js', '@types/office-js', 'et-jsapi-declare',
  '**/hosts/**', '**/store/**', '**/taskpane/**', '**/cli/**', '**/commands/**',
];

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
);
