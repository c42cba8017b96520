// Lint makes the architecture's boundaries real (docs/architecture.md §Boundaries):
// Electron only in electron/main and electron/preload; no Node and no electron/ code in the
// renderer or in shared/; and every import points down between the rooms of lint/rooms.js.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import rooms from './lint/rooms.js';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

const noElectron = {
  paths: [
    {
      name: 'electron',
      message: 'Electron is imported only in electron/main and electron/preload.',
    },
  ],
};
const noNodeOrElectron = {
  paths: [
    { name: 'electron', message: 'The renderer and shared/ never import Electron.' },
    ...nodeBuiltins.map((name) => ({
      name,
      message: 'No Node built-ins in the renderer or shared/.',
    })),
  ],
  patterns: [
    {
      group: ['**/electron/**', '../electron', '../../electron'],
      message: 'The renderer and shared/ never import electron/ code.',
    },
  ],
};

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'test-results/', 'playwright-report/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*', 'e2e/**/*'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: { 'no-restricted-imports': ['error', noElectron] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    languageOptions: { globals: { ...globals.browser } },
    rules: { 'no-restricted-imports': ['error', noNodeOrElectron] },
  },
  {
    files: ['shared/**/*.test.ts', 'renderer/**/*.test.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    plugins: { rooms },
    rules: { 'rooms/downward': 'error' },
  },
  {
    files: ['renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
);
