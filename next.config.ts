import type { NextConfig } from 'next'

const nextConfig: NextConfig = {
  // A static site: `next build` writes plain files to out/, for any web server or CDN.
  output: 'export',
  // /nb/avtaler/kaunas/ → out/nb/avtaler/kaunas/index.html; links use the same form.
  trailingSlash: true,
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
}

export default nextConfig
