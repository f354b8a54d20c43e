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

/**
 * The edges between the rooms (README, "How it is built"). Each is a no-restricted-imports
 * pattern; tests/unit/eslint-edges.test.ts lints a fixture that breaks each one.
 */
// Only lib/content/ reads the generated content; everything else asks it typed questions.
const GENERATED_CONTENT = {
  regex: '(^|/)\\.?contentlayer/generated(/|$)',
  message: 'Only lib/content/ imports the generated content: ask lib/content (e.g. getDocument).',
}
// lib/ is shared by pages, scripts and page scripts: it never reaches up into the site.
const SITE_FROM_LIB = {
  regex: '^(@/|(\\.\\./)+)(components|app)(/|$)',
  message: 'lib/ does not import from components/ or app/: move the shared code into lib/.',
}
const restrict = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

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
    files: ['**/*.{ts,tsx,mjs,js}'],
    ignores: ['lib/**'],
    rules: restrict(GENERATED_CONTENT),
  },
  {
    files: ['lib/**/*.{ts,tsx}'],
    ignores: ['lib/content/**'],
    rules: restrict(GENERATED_CONTENT, SITE_FROM_LIB),
  },
  { files: ['lib/content/**/*.{ts,tsx}'], rules: restrict(SITE_FROM_LIB) },
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
