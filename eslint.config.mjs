/**
 * ESLint (flat config): Next.js's rules (core web vitals, React, hooks, accessibility of
 * JSX) and typescript-eslint's recommended rules, for the site, the scripts and the tests.
 * Formatting is Prettier's job (.prettierrc.json), so no rule here is about layout.
 * A config file, like postcss.config.mjs: ESLint 9 reads TypeScript configs only with
 * an extra loader.
 */
import { defineConfig, globalIgnores } from 'eslint/config'
import nextVitals from 'eslint-config-next/core-web-vitals'
import nextTypescript from 'eslint-config-next/typescript'

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  globalIgnores([
    '.next/**',
    '.build/**',
    '.cache/**',
    '.contentlayer/**',
    'out/**',
    'public/js/**',
    'next-env.d.ts',
    'test-results/**',
    'playwright-report/**',
    // Fixture files are copied into test projects, not built here (tests/fixtures/new-type
    // names a content type the real model does not have).
    'tests/fixtures/**',
  ]),
  {
    rules: {
      // `_` marks a parameter a signature needs but the body does not use.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
])
