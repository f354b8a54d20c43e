/** The name the content collections use for their file format (lib/editor/register-format.ts). */
// Sveltia accepts a .md collection only with a format whose name ends in -frontmatter.
export const CONTENT_FORMAT = 'kept-frontmatter'
