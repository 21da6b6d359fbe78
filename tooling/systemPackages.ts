// The Debian packages the test suites run for real: Chromium for the browser tests; Varnish with
// varnish-modules (the shipped proxy), nginx (the benchmark's baseline, its config checked with
// `nginx -t`), redis-server and docker-compose (v1, only to resolve docker-compose.yml: no Docker
// engine runs) for the stack tests. The unit suite runs no binary.
import { spawnSync } from 'node:child_process'
import { existsSync, rmSync, writeFileSync } from 'node:fs'

export type SystemPackage = {
  name: string
  binary: string
  /** The test suites (tooling/test.ts) that run it, and what for. */
  suites: string[]
  why: string
}

export const SYSTEM_PACKAGES: SystemPackage[] = [
  {
    name: 'chromium',
    binary: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    suites: ['e2e', 'stack', 'audit'],
    why: 'browser tests and Lighthouse',
  },
  {
    name: 'varnish',
    binary: process.env.VARNISHD_BIN ?? '/usr/sbin/varnishd',
    suites: ['stack'],
    why: 'the shipped proxy (deploy/varnish)',
  },
  {
    name: 'varnish-modules',
    binary: '/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so',
    suites: ['stack'],
    why: 'purging the proxy by tag (vmod xkey)',
  },
  {
    name: 'nginx',
    binary: process.env.NGINX_BIN ?? '/usr/sbin/nginx',
    suites: ['stack'],
    why: 'the deploy/nginx config under `nginx -t`, and bare nginx in the bench',
  },
  {
    name: 'redis-server',
    binary: process.env.REDIS_SERVER_BIN ?? '/usr/bin/redis-server',
    suites: ['stack'],
    why: 'two instances sharing a cache',
  },
  {
    name: 'docker-compose',
    binary: process.env.DOCKER_COMPOSE_BIN ?? '/usr/bin/docker-compose',
    suites: ['stack'],
    why: 'docker-compose.yml resolved with `docker-compose config`',
  },
]

export const missingPackages = (packages = SYSTEM_PACKAGES) =>
  packages.filter((pkg) => !existsSync(pkg.binary))

const POLICY = '/usr/sbin/policy-rc.d'

/**
 * Installs `packages` with apt-get when this process may (root, Debian): without starting their
 * services (a policy-rc.d that says 101, removed again if we made it). Returns the command a person
 * must run instead when it may not, or undefined once they are installed.
 */
export function installPackages(
  packages: SystemPackage[],
  say: (line: string) => void,
): string | undefined {
  if (packages.length === 0) return undefined
  const names = packages.map((pkg) => pkg.name).join(' ')
  const command = `sudo apt-get update && sudo apt-get install -y ${names}`
  const isRoot = process.getuid?.() === 0
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return command
  say(`installing Debian packages: ${names} (their services are not started)`)
  const madePolicy = !existsSync(POLICY)
  if (madePolicy) writeFileSync(POLICY, '#!/bin/sh\nexit 101\n', { mode: 0o755 })
  try {
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env })
    if (update.status !== 0) return command
    const install = spawnSync(
      'apt-get',
      ['install', '-y', '-qq', ...packages.map((pkg) => pkg.name)],
      { stdio: ['ignore', 'ignore', 'inherit'], env },
    )
    if (install.status !== 0) return command
  } finally {
    if (madePolicy) rmSync(POLICY, { force: true })
  }
  const still = missingPackages(packages)
  return still.length > 0 ? command : undefined
}
