import type { Page } from '@playwright/test'

export type Kind = 'html' | 'css' | 'js' | 'font' | 'image' | 'other'
export type Resource = { url: string; kind: Kind; status: number; raw: number; gzip: number }
export type RecordedPage = { url: string; resources: Resource[] }
export type Bytes = { raw: number; gzip: number }
export type Weight = Record<Kind | 'total', Bytes> & { requests: number }
/** Limits in bytes gzip per kind (and `total`), and optionally a request count. */
export type Budget = Partial<Record<Kind | 'total', number>> & { requests?: number }

export function weighPage(page: Page, url: string): Promise<RecordedPage>
export function summarize(recorded: RecordedPage): Weight
export function checkBudget(recorded: RecordedPage, budget: Budget): string[]
