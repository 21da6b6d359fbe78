import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { vclFor } from '../../tooling/varnish'

// No Docker engine runs here: Debian's docker-compose (v1) validates the file and resolves it.
const compose = process.env.DOCKER_COMPOSE_BIN ?? '/usr/bin/docker-compose'
const project = mkdtempSync(path.join(os.tmpdir(), 'guide-compose-'))
afterAll(() => rmSync(project, { recursive: true, force: true }))

function composeConfig(...args: string[]) {
  // A fresh clone has no .env; the stack reads one made from .env.example.
  copyFileSync('docker-compose.yml', path.join(project, 'docker-compose.yml'))
  copyFileSync('.env.example', path.join(project, '.env'))
  const result = spawnSync(compose, ['config', ...args], { cwd: project, encoding: 'utf8' })
  return { ...result, stdout: result.stdout ?? '', stderr: result.stderr ?? '' }
}

describe('docker-compose.yml', () => {
  it('is valid for docker-compose v1 and defines db, app and proxy', () => {
    expect(existsSync(compose), `${compose} (apt-get install docker-compose)`).toBe(true)
    const config = composeConfig()
    expect(config.status, config.stderr).toBe(0)
    expect(composeConfig('--services').stdout.trim().split('\n').sort()).toEqual([
      'app',
      'db',
      'proxy',
    ])
    expect(composeConfig('--volumes').stdout.trim().split('\n').sort()).toEqual([
      'db-data',
      'media',
    ])
  })

  it('starts the app only once the database is healthy, with settings from .env', () => {
    const { stdout } = composeConfig()
    const app = stdout.slice(stdout.indexOf('\n  app:'), stdout.indexOf('\n  db:'))
    expect(app).toMatch(/depends_on:\s+db:\s+condition: service_healthy/)
    // From .env.example, and overridden where the stack knows better.
    expect(app).toContain('SEED_ADMIN_EMAIL: admin@example.com')
    expect(app).toContain('NODE_ENV: production')
    expect(app).toContain('DATABASE_URL: postgres://guide:guide@db:5432/guide')
    // Built and run for the same public origin (absolute URLs, preview links, HSTS).
    expect(app.match(/SITE_URL: http:\/\/localhost:8080/g)).toHaveLength(2)
    const db = stdout.slice(stdout.indexOf('\n  db:'), stdout.indexOf('\n  proxy:'))
    expect(db).toMatch(/image: postgres:18\.\d+/)
    expect(db).toContain('pg_isready')
  })

  it('runs Varnish with the repo’s VCL, and the app purges it with the shared secret', () => {
    const { stdout } = composeConfig()
    const mount = stdout.match(/- (\S+):\/etc\/varnish\/default\.vcl:ro/)?.[1]
    expect(mount, stdout).toBeDefined()
    // The bind mount is the repo's file, the same one the stack tests run under varnishd.
    expect(path.relative(project, mount!)).toBe('deploy/varnish/default.vcl')
    expect(stdout).toMatch(/image: varnish:7\.1/)
    expect(stdout).toContain('PURGE_URLS: http://proxy:80')
    expect(stdout).toContain('PURGE_SECRET')
  })
})

describe('deploy/varnish/default.vcl', () => {
  const vcl = readFileSync('deploy/varnish/default.vcl', 'utf8')

  it('compiles with Debian’s varnishd, also with the backends the tests give it', () => {
    const varnishd = process.env.VARNISHD_BIN ?? '/usr/sbin/varnishd'
    expect(existsSync(varnishd), `${varnishd} (apt-get install varnish varnish-modules)`).toBe(true)
    const dir = mkdtempSync(path.join(os.tmpdir(), 'guide-vcl-'))
    // As root, varnishd reads the file as its own unprivileged user.
    chmodSync(dir, 0o755)
    try {
      for (const [name, text] of [
        // The compose network's `app` does not resolve here; the compiler resolves backends.
        ['shipped.vcl', vcl.replace('.host = "app"', '.host = "localhost"')],
        ['two.vcl', vclFor(vcl, ['127.0.0.1:3301', '127.0.0.1:3302'])],
      ] as const) {
        writeFileSync(path.join(dir, name), text)
        const compiled = spawnSync(varnishd, ['-C', '-n', dir, '-f', path.join(dir, name)], {
          encoding: 'utf8',
        })
        expect(compiled.status, compiled.stderr).toBe(0)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('gives each upstream a backend in the round-robin director', () => {
    const two = vclFor(vcl, ['10.0.0.1:3000', '10.0.0.2:3001'])
    expect(two).toMatch(/backend app2 \{[^}]*\.host = "10\.0\.0\.2";\s*\.port = "3001"/)
    expect(two).toContain('apps.add_backend(app1);\n    apps.add_backend(app2);')
    expect(two.match(/\.probe = app_health/g)).toHaveLength(2)
  })
})

describe('Dockerfile', () => {
  const dockerfile = readFileSync('Dockerfile', 'utf8')

  it('builds in stages and runs Next’s standalone server as a non-root user with a healthcheck', () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2)
    expect(dockerfile).toContain('NEXT_OUTPUT=standalone')
    expect(dockerfile).toContain('COPY --from=build --chown=guide:guide /app/.next/standalone ./')
    expect(dockerfile).toMatch(/^USER guide$/m)
    expect(dockerfile).toMatch(/^HEALTHCHECK .*\n.*\/api\/health/m)
    expect(dockerfile).toMatch(/^CMD \["node", "server.js"\]$/m)
  })
})
