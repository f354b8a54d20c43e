import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

/**
 * Browser tests run against the production build in out/, served statically.
 * They use a system Chromium (CHROMIUM_PATH, or /usr/bin/chromium), since a browser
 * download is not always possible; without one, Playwright's own browser is used.
 */
const PORT = Number(process.env.PORT ?? 3100)
/** The nginx tests' server (tests/e2e/nginx/serve.ts): Debian's nginx with the generated config. */
const NGINX_PORT = Number(process.env.NGINX_PORT ?? PORT + 100)
const chromium =
  process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: !!process.env.CI,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    ...devices['Desktop Chrome'],
    launchOptions: { executablePath: chromium, args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'site', testIgnore: /\/nginx-[^/]*\.spec\.ts$/ },
    {
      name: 'nginx',
      testMatch: /\/nginx-[^/]*\.spec\.ts$/,
      use: { baseURL: `http://127.0.0.1:${NGINX_PORT}` },
    },
  ],
  webServer: [
    {
      command: `npx serve out -l tcp://127.0.0.1:${PORT} --no-port-switching --no-clipboard`,
      url: `http://127.0.0.1:${PORT}/nb/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: 'npx tsx tests/e2e/nginx/serve.ts',
      env: { NGINX_PORT: String(NGINX_PORT) },
      url: `http://127.0.0.1:${NGINX_PORT}/nb/`,
      reuseExistingServer: false,
      timeout: 30_000,
      // SIGTERM lets serve.ts stop nginx and remove its temporary folder.
      gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
    },
  ],
})
