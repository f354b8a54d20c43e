import { availableParallelism } from 'node:os'
import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // A static site: `next build` writes plain files to out/, for any web server or CDN.
  output: 'export',
  // scripts/build.ts builds into a staging folder and switches out/ to it when every step
  // has passed; for a static export, distDir is the folder the site is written to.
  ...(process.env.SITE_BUILD_DIR ? { distDir: process.env.SITE_BUILD_DIR } : {}),
  // Next uses one core less than the machine has for rendering pages; on two cores that is one.
  experimental: {
    cpus: Number(process.env.NEXT_BUILD_CPUS) || availableParallelism(),
    // On by default in Next 16.4; measured here it made a rebuild's compile slower than a clean
    // one (10× content: 15 s against 6 s), so every build compiles from scratch.
    turbopackFileSystemCacheForBuild: false,
  },
  // /nb/avtaler/kaunas/ → out/nb/avtaler/kaunas/index.html; links use the same form.
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  // Types are checked by `npm test` (npm run typecheck), once; the build does not repeat it, since
  // its check grows with the generated content data and an editor waits for every build.
  typescript: { ignoreBuildErrors: true },
  reactStrictMode: true,
}

export default nextConfig
