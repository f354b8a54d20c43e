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
