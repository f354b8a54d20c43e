import { defineConfig } from 'vitest/config'

/**
 * Two tiers, each runnable alone (`vitest run --project <name>`):
 * - unit: pure code and the compiled content (.contentlayer/), no out/, no browser, no network.
 * - site: reads the built site in out/ (SITE_FIXTURES=1 npm run build first), or builds a
 *   copy of the project (scripts/lib/project-copy.ts); one file at a time, since each build
 *   uses both cores.
 */
export default defineConfig({
  resolve: { tsconfigPaths: true },
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // One known base URL, so tests write expected absolute URLs as literals.
          env: { SITE_URL: 'https://site.example' },
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          fileParallelism: false,
        },
      },
    ],
  },
})
