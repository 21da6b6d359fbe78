import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { throwawayDataDir } from './throwaway'

import { answers, startService } from './service'

/** The repo's nginx config, as the compose `proxy` service uses it. */
export const NGINX_TEMPLATE = path.resolve('deploy/nginx/guide.conf.template')

const NGINX_BIN = process.env.NGINX_BIN ?? '/usr/sbin/nginx'

/** Fills in ${NAME} for the given names only, as the nginx image's envsubst step does. */
export function renderTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\$\{([A-Z0-9_]+)\}/g, (whole, name: string) => values[name] ?? whole)
}

export type Nginx = { url: string; dir: string; stop: () => Promise<void> }

type NginxOptions = { port: number; upstream: string; extraHttp?: (dir: string) => string }

/**
 * Writes the repo's config (`template`, filled in for `port` and `upstream`) into `dir` inside a
 * main config of the nginx image's shape, every path inside `dir`. Returns nginx's arguments.
 */
export function writeNginxConfig(
  dir: string,
  { port, upstream, extraHttp = () => '' }: NginxOptions,
  template = readFileSync(NGINX_TEMPLATE, 'utf8'),
): string[] {
  const site = renderTemplate(template, {
    NGINX_PORT: `127.0.0.1:${port}`,
    APP_UPSTREAM: upstream,
    NGINX_CACHE_DIR: path.join(dir, 'cache'),
  })
  writeFileSync(path.join(dir, 'guide.conf'), site)
  // The same shape as the nginx image's main config, with every path inside `dir`.
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `worker_processes auto;
pid ${dir}/nginx.pid;
error_log stderr warn;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  sendfile on;
  keepalive_timeout 65;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/guide.conf;
${extraHttp(dir)}
}
`,
  )
  return ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', 'stderr']
}

/** `nginx -t` on the config those arguments name: its exit status and what it said. */
export function testNginxConfig(args: string[]) {
  const check = spawnSync(NGINX_BIN, [...args, '-t'], { encoding: 'utf8' })
  return { ok: check.status === 0, output: `${check.stdout}${check.stderr}` }
}

/**
 * Debian's nginx on `port` with the repo's config in front of `upstream` (host:port), in its own
 * folder under .data/tmp. `extraHttp(dir)` adds server blocks (the benchmark's static server).
 */
export async function startNginx(name: string, options: NginxOptions): Promise<Nginx> {
  if (!existsSync(NGINX_BIN)) {
    throw new Error(`nginx not found at ${NGINX_BIN}: apt-get install -y nginx (or set NGINX_BIN)`)
  }
  const dir = throwawayDataDir(name)
  const args = writeNginxConfig(dir, options)
  const check = testNginxConfig(args)
  if (!check.ok) throw new Error(`nginx rejected the config:\n${check.output}`)
  const { port } = options

  const url = `http://127.0.0.1:${port}`
  const nginx = await startService('nginx', NGINX_BIN, [...args, '-g', 'daemon off;'], {
    ready: () => answers(`${url}/nginx-probe`),
    stopSignal: 'SIGQUIT', // graceful: finish the requests in flight
  }).catch((error: unknown) => {
    rmSync(dir, { recursive: true, force: true })
    throw error
  })
  return {
    url,
    dir,
    stop: async () => {
      await nginx.stop()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
