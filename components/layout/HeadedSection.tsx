import type { HTMLAttributes, ReactNode } from 'react'

type Props = Omit<HTMLAttributes<HTMLElement>, 'title'> & {
  /** The heading's id; the section is labelled by it, and it is the section's anchor. */
  id: string
  heading: ReactNode
  headingClassName?: string
  as?: 'section' | 'aside'
}

/** A titled part of a page: a landmark named by its own h2, so screen-reader users can jump to it. */
export function HeadedSection({
  id,
  heading,
  headingClassName = 'text-2xl font-bold',
  as: Tag = 'section',
  className = 'mt-8',
  children,
  ...rest
}: Props) {
  return (
    <Tag aria-labelledby={id} className={className} {...rest}>
      <h2 id={id} className={headingClassName}>
        {heading}
      </h2>
      {children}
    </Tag>
  )
}

/**
 * A note beside the page's text, set off by a bar and a tint (the publisher, the feedback
 * route, the way in for editors): an <aside> named by its own heading.
 */
export function Callout(props: Omit<Props, 'as' | 'className' | 'headingClassName'>) {
  return (
    <HeadedSection
      {...props}
      as="aside"
      headingClassName="text-lg font-bold"
      className="my-6 border-l-8 border-brand-600 bg-brand-50 p-4"
    />
  )
}
