import { getT, type Lang } from '@/lib/i18n'
import { calendarHref, webcalUrl } from '@/lib/programmes/files'
import { absoluteUrl } from '@/lib/site'

/**
 * A calendar to subscribe to, not a one-time download: a webcal:// link (calendar apps
 * open it as a subscription and fetch it again, so later deadlines arrive), the https
 * address to paste where an app asks for one, and two lines on how to add it.
 * `programme` names the programme; without it, the calendar of all programmes.
 * The address is the build's SITE_URL; /js/calendar-address.js puts in the host the page
 * is served from, so a copy of the site on another host offers its own calendars.
 */
export function CalendarSubscribe({
  lang,
  programmeId,
  programme,
}: {
  lang: Lang
  programmeId?: string
  programme?: string
}) {
  const t = getT(lang)
  const path = calendarHref(lang, programmeId)
  const https = absoluteUrl(path)
  const inputId = `calendar-address-${programmeId ?? 'all'}`
  return (
    <div
      className="mt-3 max-w-2xl rounded border border-gray-300 p-3"
      data-calendar-subscribe={programmeId ?? 'all'}
      data-calendar-path={path}
    >
      <p>
        <a href={webcalUrl(https)} className="font-bold text-brand-700 underline" data-webcal>
          {programme ? t('programme:subscribe.one', { programme }) : t('programme:subscribe.all')}
        </a>
      </p>
      <label htmlFor={inputId} className="mt-2 block text-sm font-bold">
        {t('programme:subscribe.address')}
      </label>
      <input
        id={inputId}
        type="text"
        readOnly
        value={https}
        className="mt-1 w-full rounded border border-gray-600 bg-white p-2 font-mono text-sm"
        data-calendar-address
      />
      <p className="mt-2 text-sm font-bold">{t('programme:subscribe.how')}</p>
      <p className="text-sm">{t('programme:subscribe.ios')}</p>
      <p className="mt-1 text-sm">{t('programme:subscribe.android')}</p>
      <p className="mt-2 text-sm">
        <a href={path} className="text-brand-700 underline" data-calendar>
          {t('programme:subscribe.download')}
          {programme && <span className="sr-only">: {programme}</span>}
        </a>
      </p>
      <script src="/js/calendar-address.js" defer />
    </div>
  )
}
