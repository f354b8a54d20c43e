/** Reading the .vcf and .ics files the build wrote into out/ (tests run after the build). */
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import ICAL from 'ical.js'

export const OUT = join(process.cwd(), 'out')

export function builtFiles(dir: string, extension: string): string[] {
  const path = join(OUT, dir)
  if (!existsSync(path))
    throw new Error(`${path} is missing: run the build (SITE_FIXTURES=1 npm run build) first`)
  return readdirSync(path).filter((f) => f.endsWith(extension))
}

/** Parses a vCard or iCalendar file with ical.js (a real parser, not a pattern). */
export function parseFile(path: string): InstanceType<typeof ICAL.Component> {
  return new ICAL.Component(ICAL.parse(readFileSync(join(OUT, path), 'utf8')) as unknown[])
}
