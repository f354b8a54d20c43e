import type { ReactNode } from 'react'
import { Facts } from '@/components/content/Facts'
import { Callout } from '@/components/layout/HeadedSection'
import { getT, type Lang } from '@/lib/i18n'
import type { Feedback, Publisher } from '@/lib/publisher'
import { PUBLISHER } from '@/lib/site'

/**
 * Who publishes the site and where feedback goes, from the settings (lib/publisher.ts).
 * A setting that is not given is said to be not given: never a name made up in its place.
 */
function FeedbackLink({ feedback }: { feedback: Feedback }) {
  return (
    <a
      href={feedback.href}
      className="break-all text-brand-700 underline"
      data-feedback={feedback.kind}
    >
      {feedback.address}
    </a>
  )
}

/** For the footer: "Utgiver: …" and "Tilbakemelding: …", side by side where there is room. */
export function PublisherLine({
  lang,
  publisher = PUBLISHER,
}: {
  lang: Lang
  publisher?: Publisher
}) {
  const t = getT(lang)
  return (
    <p className="mb-2 flex flex-wrap gap-x-6" data-publisher={publisher.name ? 'set' : 'not-set'}>
      <span>
        {t('publisher:publisherLabel')}:{' '}
        {publisher.name ?? <em>{t('publisher:publisherNotSet')}</em>}
      </span>{' '}
      <span>
        {t('publisher:feedbackLabel')}:{' '}
        {publisher.feedback ? (
          <FeedbackLink feedback={publisher.feedback} />
        ) : (
          <em>{t('publisher:feedbackNotSet')}</em>
        )}
      </span>
    </p>
  )
}

/** The publisher and feedback address as facts, with a heading and a sentence of context (about page, accessibility statement). */
export function PublisherSection({
  lang,
  variant,
  publisher = PUBLISHER,
}: {
  lang: Lang
  variant: 'about' | 'statement'
  publisher?: Publisher
}) {
  const t = getT(lang)
  const notSet = !publisher.name || !publisher.feedback
  const publisherRow: [string, ReactNode] = [
    t('publisher:publisherLabel'),
    publisher.name ?? <em key="p">{t('publisher:publisherNotSet')}</em>,
  ]
  const feedbackRow: [string, ReactNode] = [
    t('publisher:feedbackLabel'),
    publisher.feedback ? (
      <FeedbackLink key="f" feedback={publisher.feedback} />
    ) : (
      <em key="f">{t('publisher:feedbackNotSet')}</em>
    ),
  ]
  return (
    <Callout
      id={variant === 'about' ? 'publisher' : 'feedback'}
      heading={t(variant === 'about' ? 'publisher:aboutHeading' : 'publisher:statementHeading')}
    >
      <p className="mt-1">
        {t(variant === 'about' ? 'publisher:aboutText' : 'publisher:statementText')}
      </p>
      {/* The about page leads with who publishes, the statement with where to write. */}
      <Facts
        rows={variant === 'about' ? [publisherRow, feedbackRow] : [feedbackRow, publisherRow]}
      />
      {notSet && (
        <p className="font-bold" data-settings-missing>
          {t('publisher:notSetNote')}
        </p>
      )}
    </Callout>
  )
}
