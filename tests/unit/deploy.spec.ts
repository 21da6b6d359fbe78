import { readFileSync } from 'node:fs'

import { describe, expect, it } from 'vitest'

import { renderTemplate } from '../../tooling/nginx'
import { vclFor } from '../../tooling/varnish'

// The pure parts of how the tests run the deployment files. What the files do under the tools that
// read them (docker-compose, varnishd, nginx, the image's healthcheck) is in
// tests/stack/deploy.stack.spec.ts: the unit suite runs no binary.

describe('vclFor', () => {
  const vcl = readFileSync('deploy/varnish/default.vcl', 'utf8')

  it('gives each upstream a probed backend in the round-robin director', () => {
    const two = vclFor(vcl, ['10.0.0.1:3000', '10.0.0.2:3001'])
    expect(two).toMatch(/backend app1 \{[^}]*\.host = "10\.0\.0\.1";\s*\.port = "3000"/)
    expect(two).toMatch(/backend app2 \{[^}]*\.host = "10\.0\.0\.2";\s*\.port = "3001"/)
    expect(two).toContain('apps.add_backend(app1);\n    apps.add_backend(app2);')
    expect(two.match(/\.probe = app_health/g)).toHaveLength(2)
    // Everything outside the backends block is the shipped VCL, unchanged.
    const outside = (text: string) =>
      text.slice(0, text.indexOf('# BEGIN backends')) + text.slice(text.indexOf('# END backends'))
    expect(outside(two)).toBe(outside(vcl))
  })

  it('gives each beacon collector a probed backend in `collectors`, and leaves it empty without', () => {
    const withCollectors = vclFor(vcl, ['10.0.0.1:3000'], ['10.0.0.1:3001', '10.0.0.2:3001'])
    expect(withCollectors).toMatch(
      /backend collect1 \{[^}]*\.host = "10\.0\.0\.1";\s*\.port = "3001"/,
    )
    expect(withCollectors).toMatch(
      /backend collect2 \{[^}]*\.host = "10\.0\.0\.2";\s*\.port = "3001"/,
    )
    expect(withCollectors).toContain(
      'new collectors = directors.round_robin();\n    collectors.add_backend(collect1);\n    collectors.add_backend(collect2);\n}',
    )
    expect(withCollectors.match(/\.url = "\/collect\/health";/g)).toHaveLength(2)
    const without = vclFor(vcl, ['10.0.0.1:3000'])
    expect(without).not.toContain('backend collect')
    expect(without).toContain('new collectors = directors.round_robin();\n}')
  })

  it('refuses a VCL without the backends block it replaces', () => {
    expect(() => vclFor('vcl 4.1;', ['10.0.0.1:3000'])).toThrow(/BEGIN\/END backends/)
  })
})

describe('renderTemplate', () => {
  it('fills in the names it is given and leaves nginx’s own variables alone', () => {
    const rendered = renderTemplate('listen ${NGINX_PORT}; proxy_set_header Host $host; ${OTHER}', {
      NGINX_PORT: '127.0.0.1:8080',
    })
    expect(rendered).toBe('listen 127.0.0.1:8080; proxy_set_header Host $host; ${OTHER}')
  })
})
