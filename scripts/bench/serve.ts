/**
 * Serves a built folder (out/) on 127.0.0.1 with `serve`, the same static server the
 * browser tests use, and stops it again.
 */
import { spawn } from 'node:child_process'
import { join } from 'node:path'

export async function serveDir(
  dir: string,
  port: number,
): Promise<{ origin: string; stop: () => void }> {
  const bin = join(process.cwd(), 'node_modules', '.bin', 'serve')
  const child = spawn(
    bin,
    [dir, '-l', `tcp://127.0.0.1:${port}`, '--no-port-switching', '--no-clipboard'],
    { stdio: 'ignore' },
  )
  const origin = `http://127.0.0.1:${port}`
  const stop = () => child.kill()
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`serve exited (is port ${port} taken?)`)
    const ok = await fetch(`${origin}/`).then(
      (r) => r.ok,
      () => false,
    )
    if (ok) return { origin, stop }
    await new Promise((r) => setTimeout(r, 100))
  }
  stop()
  throw new Error(`serve did not start on port ${port}`)
}
