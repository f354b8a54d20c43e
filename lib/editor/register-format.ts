/**
 * Runs in the web editor, after Sveltia CMS's script: registers the content files' format
 * (lib/editor/front-matter.ts), which keeps unchanged fields byte for byte. Bundled into
 * /admin/front-matter.js by scripts/build-editor.ts.
 */
import { fromFile, toFile } from './front-matter'
import { CONTENT_FORMAT } from './format-name'

type Cms = {
  registerCustomFormat(
    name: string,
    extension: string,
    methods: { fromFile: typeof fromFile; toFile: typeof toFile },
  ): void
}
;(window as unknown as { CMS: Cms }).CMS.registerCustomFormat(CONTENT_FORMAT, 'md', {
  fromFile,
  toFile,
})
