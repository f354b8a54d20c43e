/** The nginx server block (deploy/nginx/generated/site.conf), from deploy/rules.ts and the CSP hashes of the build. */
import { join } from 'node:path'
import {
  CACHE_RULES,
  EDITOR,
  FINDER_ANSWERS,
  LANGUAGE_HOME,
  MOVED,
  MOVED_STATUS,
  NOT_FOUND,
  REVALIDATE,
  TRAILING_SLASH_REDIRECT,
} from '../../deploy/rules'
import { cspValue, editorHeaders, securityHeaders, type Hashes } from './csp'
import { GENERATED } from './generated'

export const NGINX_FILE = join(
  import.meta.dirname,
  '..',
  '..',
  'deploy',
  'nginx',
  'generated',
  'site.conf',
)

const q = (value: string) => `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
const regexEscape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** nginx reads no single value longer than 4 KB: a long CSP is kept in maps of 3,000 characters each. */
const CHUNK = 3000
function cspMaps(hashes: Hashes) {
  const csp = cspValue(hashes)
  const chunks = Array.from({ length: Math.ceil(csp.length / CHUNK) }, (_, i) =>
    csp.slice(i * CHUNK, (i + 1) * CHUNK),
  )
  return {
    maps: chunks.flatMap((chunk, i) => [
      `map $host $intsam_csp_${i} {`,
      `    default ${q(chunk)};`,
      '}',
    ]),
    value: chunks.map((_, i) => `$intsam_csp_${i}`).join(''),
  }
}

/** add_header lines for a context: nginx drops inherited add_headers where a context has its own. */
function headerLines(
  hashes: Hashes,
  cacheControl: string,
  indent: string,
  extra: Record<string, string> = {},
): string[] {
  const all = {
    ...securityHeaders(hashes),
    'Content-Security-Policy': cspMaps(hashes).value,
    'Cache-Control': cacheControl,
    ...extra,
  }
  return Object.entries(all).map(
    ([name, value]) => `${indent}add_header ${name} ${q(value)} always;`,
  )
}

export function renderNginx(
  hashes: Hashes,
  { root, listen = '80', serverName = '_' }: { root: string; listen?: string; serverName?: string },
): string {
  const notFoundMap = NOT_FOUND.filter((r) => r.prefix !== '/').map(
    (r) => `    ${q(`~^${regexEscape(r.prefix)}`)} ${r.page}index.html;`,
  )
  const fallback404 = NOT_FOUND.find((r) => r.prefix === '/')!
  const out = [
    `# ${GENERATED}`,
    '# Include in the http context (Debian: /etc/nginx/sites-available/, linked from sites-enabled/).',
    '',
    '# "/" by the FIRST language in Accept-Language (q-values are not weighed). No header: "" (the choice page).',
    'map $http_accept_language $intsam_lang_home {',
    '    "" "";',
    ...LANGUAGE_HOME.homes.map((h) => `    ${q(`~*^\\s*(${h.tags.join('|')})\\b`)} ${h.home};`),
    `    default ${LANGUAGE_HOME.otherHome};`,
    '}',
    '',
    '# The Content-Security-Policy (script hashes from the built HTML).',
    ...cspMaps(hashes).maps,
    '',
    "# The finder's choice (?region=&theme=) to its answer page's path under the finder: telemark/transport/.",
    'map "$arg_region:$arg_theme" $intsam_finder_answer {',
    '    default "";',
    `    ${q(`~^(${FINDER_ANSWERS.regions.join('|')}):$`)} "$1/";`,
    `    ${q(`~^(${FINDER_ANSWERS.regions.join('|')}):(${FINDER_ANSWERS.themes.join('|')})$`)} "$1/$2/";`,
    '}',
    '# A theme in any area: the part after the "any area" word of the language.',
    'map "$arg_region:$arg_theme" $intsam_finder_theme_only {',
    '    default "";',
    `    ${q(`~^:(${FINDER_ANSWERS.themes.join('|')})$`)} "$1/";`,
    '}',
    '',
    '# The 404 page of the language the missing URL is in.',
    'map $uri $intsam_not_found_page {',
    ...notFoundMap,
    `    default ${fallback404.page}index.html;`,
    '}',
    '',
    'server {',
    `    listen ${listen};`,
    `    server_name ${serverName};`,
    `    root ${root};`,
    '    index index.html;',
    '    charset utf-8;',
    '    server_tokens off;',
    '    # A missing page is an answer (the 404 page), not a server error worth logging.',
    '    log_not_found off;',
    '    # Redirects keep the scheme and host the reader used (TLS may end at a proxy in front).',
    '    absolute_redirect off;',
    '    # A directory without a slash (/nb/avtaler) gets a redirect to /nb/avtaler/ from nginx itself.',
    '    autoindex off;',
    '',
    '    gzip on;',
    '    gzip_vary on;',
    '    gzip_comp_level 6;',
    '    gzip_min_length 256;',
    '    gzip_proxied any;',
    '    gzip_types text/css text/plain text/xml application/xml application/javascript text/javascript application/json application/manifest+json image/svg+xml application/wasm;',
    '    # Precompressed foo.js.gz beside foo.js is sent as is, if the build makes one.',
    '    gzip_static on;',
    '',
    '    error_page 403 404 =404 $intsam_not_found_page;',
    '',
    ...headerLines(hashes, REVALIDATE, '    '),
    '',
    '    # One form of each URL: /x/index.html → /x/ (the form the site links to).',
    `    if ($request_uri ~ "^([^?]*/)index\\.html(\\?.*)?$") {`,
    `        return ${TRAILING_SLASH_REDIRECT} $1$2;`,
    '    }',
    '',
    '    location = / {',
    ...headerLines(hashes, REVALIDATE, '        ', { Vary: 'Accept-Language' }),
    '        if ($intsam_lang_home) {',
    `            return ${LANGUAGE_HOME.status} $intsam_lang_home;`,
    '        }',
    '        try_files /index.html =404;',
    '    }',
    '',
    ...CACHE_RULES.flatMap((rule) => [
      `    location ^~ ${rule.prefix} {`,
      ...headerLines(hashes, rule.cacheControl, '        '),
      '    }',
      '',
    ]),
    '    # The web editor: its own policy (deploy/rules.ts EDITOR).',
    `    location ^~ ${EDITOR.prefix} {`,
    ...headerLines(hashes, REVALIDATE, '        ', editorHeaders()),
    '    }',
    '',
    "    # The finder's form without JavaScript: its query answered by the choice's page, same address.",
    ...FINDER_ANSWERS.pages.flatMap(({ page, anyRegion }) => [
      `    location = ${page} {`,
      ...headerLines(hashes, REVALIDATE, '        '),
      '        if ($intsam_finder_answer) {',
      `            rewrite ^ ${page}$intsam_finder_answer last;`,
      '        }',
      '        if ($intsam_finder_theme_only) {',
      `            rewrite ^ ${page}${anyRegion}/$intsam_finder_theme_only last;`,
      '        }',
      '    }',
      '',
    ]),
    '    # Sections that moved: the same page under the new address.',
    ...MOVED.flatMap((m) => [
      `    location ^~ ${m.from} {`,
      ...headerLines(hashes, REVALIDATE, '        '),
      `        rewrite ^${regexEscape(m.from)}(.*)$ ${m.to}$1 ${MOVED_STATUS === 301 ? 'permanent' : 'redirect'};`,
      '    }',
      '',
    ]),
    '    location / {',
    ...headerLines(hashes, REVALIDATE, '        '),
    '    }',
    '}',
  ]
  return out.join('\n') + '\n'
}
