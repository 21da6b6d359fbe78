import { execFile, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import path from 'node:path'

import { expect, test } from '@playwright/test'
import YAML from 'yaml'

import { freePort, throwawayDataDir } from '../../tooling/throwaway'
import { testNginxConfig, writeNginxConfig } from '../../tooling/nginx'
import { compileVcl, vclFor, VARNISH_VCL } from '../../tooling/varnish'

// The shipped deployment files, run through the tools that read them: Debian's docker-compose (v1)
// resolves docker-compose.yml as `docker-compose up` would (no Docker engine runs here), varnishd
// compiles the VCL, nginx tests its config, and the image's healthcheck command runs.

const COMPOSE = process.env.DOCKER_COMPOSE_BIN ?? '/usr/bin/docker-compose'

type Service = {
  environment?: Record<string, string>
  build?: { args?: Record<string, string> }
  depends_on?: Record<string, { condition: string }>
  healthcheck?: { test: string[] }
  ports?: (string | { published: number; target: number })[]
  expose?: string[]
  volumes?: string[]
}
type Compose = { services: Record<string, Service>; volumes: Record<string, unknown> }

/** `docker-compose config` in a fresh folder holding the repo's compose file and this `.env`. */
function resolveCompose(env: string): { config: Compose; project: string } {
  const project = throwawayDataDir('compose')
  copyFileSync('docker-compose.yml', path.join(project, 'docker-compose.yml'))
  writeFileSync(path.join(project, '.env'), env)
  const run = spawnSync(COMPOSE, ['config'], { cwd: project, encoding: 'utf8' })
  expect(run.status, `${COMPOSE} config: ${run.stderr}`).toBe(0)
  return { config: YAML.parse(run.stdout) as Compose, project }
}

/** A fresh clone's `.env` (`cp .env.example .env`), with `extra` lines after it. */
const envFile = (extra = '') => `${readFileSync('.env.example', 'utf8')}\n${extra}\n`

const service = (config: Compose, name: string) => {
  const found = config.services[name]
  if (!found) throw new Error(`no service ${name} in ${Object.keys(config.services).join(', ')}`)
  return found
}

/** The host side of a published port: `127.0.0.1:5432:5432/tcp` or `{ published, target }`. */
function published(port: string | { published: number; target: number }) {
  if (typeof port !== 'string')
    return { host: '0.0.0.0', published: port.published, target: port.target }
  const parts = port.replace(/\/\w+$/, '').split(':')
  const [target, hostPort, host = '0.0.0.0'] = parts.reverse()
  return { host, published: Number(hostPort), target: Number(target) }
}

test.describe('docker-compose.yml', () => {
  const projects: string[] = []
  test.afterAll(() => {
    for (const dir of projects) rmSync(dir, { recursive: true, force: true })
  })
  const resolveIn = (env: string) => {
    const resolved = resolveCompose(env)
    projects.push(resolved.project)
    return resolved
  }
  const resolve = (env: string) => resolveIn(env).config

  test('a fresh clone resolves to the database, the app and the proxy, with their volumes', () => {
    const config = resolve(envFile())
    expect(Object.keys(config.services).sort()).toEqual(['app', 'db', 'proxy'])
    expect(Object.keys(config.volumes).sort()).toEqual(['db-data', 'media'])
  })

  test('the app reaches the database it waits for, whatever .env says about either', () => {
    const config = resolve(
      envFile('DATABASE_URL=postgres://someone:else@elsewhere:6543/other\nNODE_ENV=development'),
    )
    const app = service(config, 'app')
    const db = service(config, 'db')
    const url = new URL(app.environment?.DATABASE_URL ?? '')
    expect(url.hostname).toBe('db')
    expect(url.port).toBe('5432') // Postgres's own port inside its container
    expect(decodeURIComponent(url.username)).toBe(db.environment?.POSTGRES_USER)
    expect(decodeURIComponent(url.password)).toBe(db.environment?.POSTGRES_PASSWORD)
    expect(url.pathname.slice(1)).toBe(db.environment?.POSTGRES_DB)
    expect(app.environment?.NODE_ENV).toBe('production')
    // It starts once Postgres answers for that user and database, not merely once it started.
    expect(app.depends_on?.db?.condition).toBe('service_healthy')
    const probe = db.healthcheck?.test.join(' ') ?? ''
    expect(probe).toContain('pg_isready')
    expect(probe).toContain(`-U ${db.environment?.POSTGRES_USER}`)
    expect(probe).toContain(`-d ${db.environment?.POSTGRES_DB}`)
  })

  test('readers reach Varnish on the SITE_URL the app is built and run for; nothing else is public', () => {
    const siteUrl = 'http://localhost:8080'
    const config = resolve(envFile())
    const app = service(config, 'app')
    const [proxyPort, ...more] = (service(config, 'proxy').ports ?? []).map(published)
    expect(more).toEqual([])
    // An empty SITE_URL in .env falls back to the proxy's published address, at build and at run.
    expect(app.build?.args?.SITE_URL).toBe(siteUrl)
    expect(app.environment?.SITE_URL).toBe(siteUrl)
    expect(proxyPort?.published).toBe(Number(new URL(siteUrl).port))
    expect(app.ports ?? []).toEqual([])
    for (const port of (service(config, 'db').ports ?? []).map(published))
      expect(port.host, 'Postgres only on the host itself').toBe('127.0.0.1')
    // A SITE_URL set in .env reaches both the build and the server.
    const custom = service(resolve(envFile('SITE_URL=https://guides.example')), 'app')
    expect([custom.build?.args?.SITE_URL, custom.environment?.SITE_URL]).toEqual([
      'https://guides.example',
      'https://guides.example',
    ])
  })

  test('the app purges the proxy it sits behind, with the secret Varnish checks', () => {
    const secret = randomBytes(16).toString('hex')
    const { config, project } = resolveIn(envFile(`PURGE_SECRET=${secret}`))
    const app = service(config, 'app')
    const proxy = service(config, 'proxy')
    expect(app.environment?.PURGE_SECRET).toBe(secret)
    expect(proxy.environment?.PURGE_SECRET).toBe(secret)
    const purge = new URL(app.environment?.PURGE_URLS ?? '')
    expect(purge.hostname).toBe('proxy')
    expect(Number(purge.port || 80)).toBe(published(proxy.ports![0]!).target)
    // Varnish loads the repo's VCL, the file the stack specs run under varnishd.
    const mount = proxy.volumes?.find((volume) => volume.includes(':/etc/varnish/default.vcl:'))
    expect(path.relative(project, mount?.split(':')[0] ?? '')).toBe('deploy/varnish/default.vcl')
    // The app serves on the port its image's healthcheck asks (see the Dockerfile test below).
    expect(app.environment?.PORT).toBe(healthcheckPort())
  })

  test('Varnish sends beacons to the app’s collector, on the port the app opens for it', () => {
    const app = service(resolve(envFile()), 'app')
    const vcl = readFileSync(VARNISH_VCL, 'utf8')
    const collector = /backend collect1 \{\s*\.host = "([^"]+)";\s*\.port = "(\d+)"/.exec(vcl)
    expect(collector?.[1]).toBe('app')
    expect(app.environment?.COLLECT_PORT).toBe(collector?.[2])
    expect(app.expose).toContain(collector?.[2])
    expect(app.ports ?? []).toEqual([])
  })
})

test.describe('deploy/varnish/default.vcl and deploy/nginx', () => {
  let dir = ''
  test.beforeAll(() => {
    dir = throwawayDataDir('deploy-configs')
  })
  test.afterAll(() => rmSync(dir, { recursive: true, force: true }))

  test('varnishd compiles the VCL as shipped and with the backends the stack specs give it', () => {
    const vcl = readFileSync(VARNISH_VCL, 'utf8')
    const variants = {
      // The compose network's `app` does not resolve here; the compiler resolves backends.
      'shipped.vcl': vcl.replaceAll('.host = "app"', '.host = "localhost"'),
      'two.vcl': vclFor(vcl, ['127.0.0.1:3301', '127.0.0.1:3302']),
      'collectors.vcl': vclFor(vcl, ['127.0.0.1:3301'], ['127.0.0.1:3311', '127.0.0.1:3312']),
      // The check can fail: a VCL that calls a subroutine nobody defined.
      'broken.vcl': vcl.replace('sub vcl_recv {', 'sub vcl_recv {\n    call nowhere;'),
    }
    const compiled = Object.fromEntries(
      Object.entries(variants).map(([name, text]) => {
        writeFileSync(path.join(dir, name), text)
        return [name, compileVcl(path.join(dir, name), path.join(dir, 'varnishd'))]
      }),
    )
    expect(compiled['shipped.vcl']?.ok, compiled['shipped.vcl']?.output).toBe(true)
    expect(compiled['two.vcl']?.ok, compiled['two.vcl']?.output).toBe(true)
    expect(compiled['collectors.vcl']?.ok, compiled['collectors.vcl']?.output).toBe(true)
    expect(compiled['broken.vcl']?.ok).toBe(false)
  })

  test('nginx -t accepts the nginx config, and refuses it with a misspelt directive', async () => {
    const options = { port: await freePort(), upstream: '127.0.0.1:3000' }
    const good = testNginxConfig(writeNginxConfig(dir, options))
    expect(good.ok, good.output).toBe(true)
    const template = readFileSync('deploy/nginx/guide.conf.template', 'utf8')
    const misspelt = template.replace(/^(\s*)proxy_pass /m, '$1proxy_pas ')
    expect(misspelt).not.toBe(template)
    expect(testNginxConfig(writeNginxConfig(dir, options, misspelt)).ok).toBe(false)
  })
})

/** The Dockerfile's HEALTHCHECK command (exec form), continuation lines joined. */
function healthcheckCommand(): string[] {
  const dockerfile = readFileSync('Dockerfile', 'utf8').replace(/\\\n\s*/g, '')
  const line = dockerfile.split('\n').find((l) => l.startsWith('HEALTHCHECK '))
  const exec = line?.slice(line.indexOf(' CMD ') + 5)
  if (!exec) throw new Error('the Dockerfile has no HEALTHCHECK … CMD [ … ]')
  return JSON.parse(exec) as string[]
}

function healthcheckPort(): string {
  const url = /http:\/\/[^'"\s)]+/.exec(healthcheckCommand().join(' '))?.[0]
  return new URL(url ?? 'http://unset').port
}

test('the image’s healthcheck passes only while /api/health answers 200', async () => {
  const [command, ...args] = healthcheckCommand()
  expect(command).toBe('node') // the runtime image has node and nothing else to probe with
  let status = 200
  const server = createServer((req, res) => {
    res.writeHead(req.url === '/api/health' ? status : 404).end()
  })
  const port = await freePort()
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve))
  // The same command, asking this test's server instead of the container's own port.
  const local = args.map((arg) => arg.replace(`:${healthcheckPort()}/`, `:${port}/`))
  // Asynchronously: this process's server must answer while the command runs.
  const probe = () =>
    new Promise<number | null>((resolve) => {
      execFile(process.execPath, local, { timeout: 10_000 }, (error) =>
        resolve(error ? (typeof error.code === 'number' ? error.code : null) : 0),
      )
    })
  try {
    expect(await probe()).toBe(0)
    status = 503
    expect(await probe()).toBe(1)
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()))
  }
  expect(await probe(), 'nothing listening').toBe(1)
})
