import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { throwawayDataDir } from './throwaway'

import { answers, startService } from './service'

/** The repo's Varnish config, as the compose `proxy` service uses it. */
export const VARNISH_VCL = path.resolve('deploy/varnish/default.vcl')

const VARNISHD_BIN = process.env.VARNISHD_BIN ?? '/usr/sbin/varnishd'
const VARNISHSTAT_BIN = process.env.VARNISHSTAT_BIN ?? '/usr/bin/varnishstat'

/**
 * The VCL with its backends block (between `# BEGIN backends` and `# END backends`) replaced by
 * one backend per `upstreams` entry (host:port), all in the round-robin director `apps`, and one
 * per `collectors` entry (an instance's COLLECT_PORT) in the director `collectors`. With no
 * collector, `collectors` is empty and beacons go to the apps' /collect route.
 */
export function vclFor(vcl: string, upstreams: string[], collectors: string[] = []): string {
  const start = vcl.indexOf('# BEGIN backends')
  const end = vcl.indexOf('# END backends')
  if (start < 0 || end < 0) throw new Error('the VCL has no # BEGIN/END backends block')
  const shipped = vcl.slice(start, end)
  const backends = (name: string, hosts: string[]) => {
    const template = blockOf(shipped, `backend ${name}1 {`)
    if (!template) throw new Error(`the backends block has no \`backend ${name}1 { … }\``)
    return hosts.map((upstream, i) => {
      const { hostname, port } = new URL(`http://${upstream}`)
      return template
        .replace(`${name}1`, `${name}${i + 1}`)
        .replace(/\.host = "[^"]*"/, `.host = "${hostname}"`)
        .replace(/\.port = "[^"]*"/, `.port = "${port}"`)
    })
  }
  const adds = (director: string, name: string, hosts: string[]) =>
    hosts.map((_, i) => `    ${director}.add_backend(${name}${i + 1});\n`).join('')
  const block =
    `# BEGIN backends\n${[...backends('app', upstreams), ...backends('collect', collectors)].join('\n\n')}\n\n` +
    `sub vcl_init {\n    new apps = directors.round_robin();\n${adds('apps', 'app', upstreams)}` +
    `    new collectors = directors.round_robin();\n${adds('collectors', 'collect', collectors)}}\n`
  return vcl.slice(0, start) + block + vcl.slice(end)
}

/** The block that opens with `opening` (ending in `{`) in `vcl`, up to its matching brace. */
function blockOf(vcl: string, opening: string): string | undefined {
  const start = vcl.indexOf(opening)
  if (start < 0) return undefined
  let depth = 0
  for (let i = start + opening.length - 1; i < vcl.length; i++) {
    if (vcl[i] === '{') depth++
    else if (vcl[i] === '}' && --depth === 0) return vcl.slice(start, i + 1)
  }
  return undefined
}

/** `varnishd -C`: compiles the VCL in `file` (its backends resolved), runs nothing. */
export function compileVcl(file: string, workdir: string) {
  const run = spawnSync(VARNISHD_BIN, ['-C', '-n', workdir, '-f', file], { encoding: 'utf8' })
  return { ok: run.status === 0, output: run.stderr }
}

export type Varnish = {
  url: string
  /** varnishd's working folder (its `-n`), for varnishstat. */
  dir: string
  /** Counters from varnishstat, e.g. `MAIN.cache_hit`. */
  stats: () => Record<string, number>
  stop: () => Promise<void>
}

/**
 * Debian's varnishd on `port` with the repo's VCL in front of `upstreams` (host:port each), in
 * its own folder under .data/tmp, with `PURGE_SECRET` (and any `env`) in its environment.
 */
export async function startVarnish(
  name: string,
  {
    port,
    upstreams,
    collectors = [],
    purgeSecret,
    env = {},
  }: {
    port: number
    upstreams: string[]
    /** The instances' beacon collectors (host:port), if they run one. */
    collectors?: string[]
    purgeSecret: string
    env?: Record<string, string>
  },
): Promise<Varnish> {
  if (!existsSync(VARNISHD_BIN)) {
    throw new Error(
      `varnishd not found at ${VARNISHD_BIN}: apt-get install -y varnish varnish-modules`,
    )
  }
  const dir = throwawayDataDir(name)
  const vcl = path.join(dir, 'default.vcl')
  writeFileSync(vcl, vclFor(readFileSync(VARNISH_VCL, 'utf8'), upstreams, collectors))
  const workdir = path.join(dir, 'varnishd')
  const args = [
    '-F',
    '-n',
    workdir,
    '-a',
    `127.0.0.1:${port}`,
    '-f',
    vcl,
    '-s',
    'malloc,256m',
    // No management port: nothing here needs varnishadm.
    '-T',
    'none',
    // Cached objects stay as the app sent them, one per Accept-Encoding variant (the VCL keeps
    // two), instead of Varnish gunzipping the stored copy for every plain-text reader.
    '-p',
    'http_gzip_support=off',
  ]
  const check = compileVcl(vcl, workdir)
  if (!check.ok) throw new Error(`varnishd rejected the VCL:\n${check.output}`)

  const url = `http://127.0.0.1:${port}`
  const varnish = await startService('varnishd', VARNISHD_BIN, args, {
    env: { ...process.env, PURGE_SECRET: purgeSecret, ...env },
    ready: () => answers(`${url}/varnish-probe`),
  }).catch((error: unknown) => {
    rmSync(dir, { recursive: true, force: true })
    throw error
  })
  return {
    url,
    dir: workdir,
    stats: () => varnishStats(workdir),
    stop: async () => {
      await varnish.stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

function varnishStats(workdir: string): Record<string, number> {
  const run = spawnSync(VARNISHSTAT_BIN, ['-n', workdir, '-1', '-j'], { encoding: 'utf8' })
  if (run.status !== 0) throw new Error(`varnishstat failed: ${run.stderr}`)
  const json = JSON.parse(run.stdout) as { counters: Record<string, { value: number }> }
  return Object.fromEntries(Object.entries(json.counters).map(([k, v]) => [k, v.value]))
}
