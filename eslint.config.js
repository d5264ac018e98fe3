// One lint config for the whole tree. Besides the usual rules it enforces the direction of
// imports between layers (architecture.md): shared ← db ← electron/core ← electron/{main,host,cli},
// and shared ← renderer. A layer importing against the flow fails `npm run lint`.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (files, patterns, message) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'zod', message: 'Импортируйте z из shared/api/zod' }], patterns: [{ group: patterns, message }] }] },
});

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'release/', 'test-results/', 'playwright-report/', 'db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  restrict(['shared/**'], ['electron', 'electron/*', 'node:*', 'react', 'react-dom', 'drizzle-orm', 'drizzle-orm/*', 'better-sqlite3', '**/db/**', '**/electron/**', '**/renderer/**'], 'shared/ — чистый TypeScript: без electron, node:*, DOM, drizzle и других слоёв'),
  restrict(['db/**'], ['electron', 'electron/*', '**/electron/**', '**/renderer/**', 'react'], 'db/ не зависит от оболочек и интерфейса'),
  restrict(['electron/core/**'], ['electron', 'electron/*', '**/renderer/**', '**/main/**', '**/host/**', '**/cli/**', 'react'], 'electron/core не импортирует electron и оболочки: возможности платформы приходят интерфейсами'),
  restrict(['electron/host/**', 'electron/cli/**'], ['electron', 'electron/*', '**/renderer/**', 'react'], 'host и cli работают без Electron'),
  restrict(['renderer/src/**'], ['electron', 'electron/*', 'node:*', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/*', '**/db/**', '**/electron/**'], 'Интерфейс говорит с ядром только через контракт'),
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser } },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['shared/api/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
