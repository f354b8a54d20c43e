/**
 * Reads Atom feeds as a feed reader would: with Debian's feedparser (python3-feedparser,
 * /usr/bin/python3), a parser nobody in this project wrote. `bozo` is set on malformed XML
 * or a feed that breaks the format.
 */
import { execFileSync } from 'node:child_process'

export type ReadFeed = {
  bozo: boolean
  bozoException: string
  version: string
  feed: {
    id: string
    title: string
    updated: string
    links: { rel: string; href: string; type?: string }[]
  }
  entries: { id: string; title: string; link: string; updated: string; summary: string }[]
}

const PYTHON = process.env.FEEDPARSER_PYTHON ?? '/usr/bin/python3'

const SCRIPT = `
import json, sys, feedparser
def read(d):
    return {
        "bozo": bool(d.bozo),
        "bozoException": str(d.get("bozo_exception", "")),
        "version": d.version,
        "feed": {
            "id": d.feed.get("id"), "title": d.feed.get("title"), "updated": d.feed.get("updated"),
            "links": [{"rel": l.get("rel"), "href": l.get("href"), "type": l.get("type")} for l in d.feed.get("links", [])],
        },
        "entries": [
            {"id": e.get("id"), "title": e.get("title"), "link": e.get("link"),
             "updated": e.get("updated"), "summary": e.get("summary")}
            for e in d.entries
        ],
    }
if len(sys.argv) > 1:
    print(json.dumps([read(feedparser.parse(p)) for p in sys.argv[1:]]))
else:
    print(json.dumps([read(feedparser.parse(sys.stdin.buffer.read()))]))
`

function run(args: string[], input?: string): ReadFeed[] {
  try {
    return JSON.parse(
      execFileSync(PYTHON, ['-c', SCRIPT, ...args], { input, encoding: 'utf8' }),
    ) as ReadFeed[]
  } catch (e) {
    throw new Error(
      `Could not read the feeds with feedparser (Debian: apt-get install python3-feedparser): ${(e as Error).message}`,
    )
  }
}

/** One feed's XML, read. */
export function readAtom(xml: string): ReadFeed {
  return run([], xml)[0]
}

/** Feed files, read in one run of the parser, in the order given. */
export function readAtomFiles(paths: string[]): ReadFeed[] {
  return paths.length ? run(paths) : []
}
