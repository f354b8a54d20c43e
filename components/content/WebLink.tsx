import type { AnchorHTMLAttributes } from 'react'

/** An address as a reader reads it: without https:// and www. ("https://www.nfk.no/x" → "nfk.no/x"). */
function displayUrl(url: string): string {
  return url.replace(/^https:\/\/(www\.)?/, '')
}

/** A link to another site, its text the address itself (displayUrl). `className` adds how it wraps. */
export function WebLink({
  href,
  className,
  ...rest
}: { href: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  return (
    <a
      href={href}
      className={[className, 'text-brand-700 underline'].filter(Boolean).join(' ')}
      {...rest}
    >
      {displayUrl(href)}
    </a>
  )
}
