export function stripRuntime(html: string): { html: string; removed: number; unknownInline: string[] }
export function isRscPayload(file: string): boolean
export function stripExport(outDir: string): { pages: number; removed: number; deleted: number }
