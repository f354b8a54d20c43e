/** Types of scripts/deploy-config.mjs, for the TypeScript tests that import it. */
export type InlineScan = { scriptHashes: string[]; styleHashes: string[]; problems: string[] }
export const NGINX_FILE: string
export function scanInlineCode(outDir: string): InlineScan
export function cspValue(hashes: Pick<InlineScan, 'scriptHashes' | 'styleHashes'>): string
export function securityHeaders(hashes: Pick<InlineScan, 'scriptHashes' | 'styleHashes'>): Record<string, string>
export function renderHeaders(hashes: Pick<InlineScan, 'scriptHashes' | 'styleHashes'>): string
export function renderRedirects(): string
export function renderNginx(
  hashes: Pick<InlineScan, 'scriptHashes' | 'styleHashes'>,
  options: { root: string; listen?: string; serverName?: string },
): string
export function writeDeployConfig(options: { outDir: string; nginxFile?: string; root: string; listen?: string; serverName?: string }): InlineScan
export function editorCspValue(): string
export function editorHeaders(): Record<string, string>
