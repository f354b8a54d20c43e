/**
 * The calendar subscription box (CalendarSubscribe), enhanced: the address to subscribe to
 * and to copy becomes that of the host the page is served from. Without this script the
 * box shows the build's SITE_URL, which is right on the site's own host.
 */
import { webcalUrl } from '@/lib/programmes/files'

for (const box of document.querySelectorAll<HTMLElement>('[data-calendar-subscribe]')) {
  const path = box.dataset.calendarPath
  if (!path) continue
  const address = new URL(path, location.origin).href
  const input = box.querySelector<HTMLInputElement>('[data-calendar-address]')
  const link = box.querySelector<HTMLAnchorElement>('[data-webcal]')
  if (input) input.value = address
  if (link) link.href = webcalUrl(address)
}
