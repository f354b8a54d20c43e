/**
 * Runs Debian's nginx in the foreground (no system service) with the server block the build
 * generates, on 127.0.0.1:NGINX_PORT, for the nginx tests. Playwright starts it as a
 * webServer and stops it (and so nginx) when the tests are done.
 *
 * The document root is a temporary folder: every entry of out/ (linked, not copied) plus the
 * CSP fixture page at /csp-fixture/. The CSP hashes come from out/ only, so the fixture's
 * inline script is not in them.
 */
import { spawn } from 'node:child_process'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { scanInlineCode } from '../../../scripts/deploy/csp'
import { renderNginx } from '../../../scripts/deploy/nginx'

const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const outDir = join(repo, 'out')
const port = process.env.NGINX_PORT ?? '3207'
const nginx =
  process.env.NGINX_BIN ?? ['/usr/sbin/nginx', '/usr/bin/nginx'].find(existsSync) ?? 'nginx'

const prefix = mkdtempSync(join(tmpdir(), 'intsam-nginx-'))
const root = join(prefix, 'root')
mkdirSync(root)
for (const entry of readdirSync(outDir)) symlinkSync(join(outDir, entry), join(root, entry))
mkdirSync(join(root, 'csp-fixture'))
copyFileSync(
  join(repo, 'tests', 'fixtures', 'csp', 'index.html'),
  join(root, 'csp-fixture', 'index.html'),
)

// The same generator and rules as the build's deploy/nginx/generated/site.conf; only the
// listen address and the root differ.
const site = renderNginx(scanInlineCode(outDir), {
  root,
  listen: `127.0.0.1:${port}`,
  serverName: '127.0.0.1',
})
writeFileSync(join(prefix, 'site.conf'), site)
const temp = (name: string) => join(prefix, name)
writeFileSync(
  join(prefix, 'nginx.conf'),
  [
    // As root (CI), workers would switch to "nobody", who may not read the checkout.
    process.getuid?.() === 0 ? 'user root;' : '',
    'worker_processes 1;',
    `pid ${temp('nginx.pid')};`,
    'error_log stderr;',
    'events { worker_connections 256; }',
    'http {',
    '  include /etc/nginx/mime.types;',
    '  default_type application/octet-stream;',
    '  access_log off;',
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(
      (t) => `  ${t}_temp_path ${temp(t)};`,
    ),
    `  include ${temp('site.conf')};`,
    '}',
  ].join('\n') + '\n',
)

const child = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
  stdio: 'inherit',
})
const stop = () => child.kill('SIGQUIT')
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
child.on('exit', (code, signal) => {
  rmSync(prefix, { recursive: true, force: true })
  process.exit(code ?? (signal ? 0 : 1))
})
