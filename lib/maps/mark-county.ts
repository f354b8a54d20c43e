/**
 * Marks the chosen county on the county maps of a page (components/maps/CountyChoiceMap.tsx),
 * as the server does for a choice it renders: the attribute the stylesheet colours.
 * For page scripts: no imports, DOM only.
 */
export function markCounty(root: ParentNode, region: string | undefined): void {
  root.querySelectorAll('[data-county-map] [data-region]').forEach((el) => {
    el.toggleAttribute('data-selected', el.getAttribute('data-region') === region)
  })
}
