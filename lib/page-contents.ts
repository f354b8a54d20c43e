/**
 * The rule of the contents lists ("Innhold på siden"): a page gets one from this many
 * visible second-level headings up. Shared by the build step that writes the lists
 * (scripts/page-contents.ts) and the finder script, which shows and hides the finder's.
 */
export const MIN_HEADINGS = 4
