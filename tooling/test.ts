// `npm test` and `npm run test:<suite>`: `tsx tooling/test.ts [checks|unit|int|e2e|stack …]`.
// - checks: lint, typecheck, import cycles, generated types, admin import map and migrations drift;
// - unit: vitest, no database; int: vitest on a throwaway Postgres;
// - e2e: Playwright against one shared production server; stack: Playwright specs that start
//   their own processes (several instances, nginx, redis-server, a Postgres they stop);
// - audit: Lighthouse on its own production server, holding what does not move with the machine's
//   speed (accessibility, best practices, SEO, agentic, CLS, bytes, render-blocking) to its bar.
// First it makes sure the Debian packages the chosen suites run are there (installing them when
// it may), and builds the site once for e2e and stack. Every step runs even when an earlier one
// fails; the last lines name what failed, then the total, `N passed, N failed`.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { installPackages, missingPackages, SYSTEM_PACKAGES } from './systemPackages'
import { buildSite } from './throwawayServer'

type Tally = { passed: number; failed: number }
const SUITES = ['checks', 'unit', 'int', 'e2e', 'stack', 'audit'] as const
type Suite = (typeof SUITES)[number]

const say = (line: string) => console.log(`[test] ${line}`)
// What failed, named again just above the total: a CI log is often read from its tail only.
const failures: string[] = []
const results = path.resolve('.data/test-results')
mkdirSync(results, { recursive: true })

function run(label: string, command: string, args: string[], env: Record<string, string> = {}) {
  console.log(`\n━━ ${label}: ${command} ${args.join(' ')}`)
  const started = Date.now()
  const { status } = spawnSync(command, args, {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
  })
  console.log(
    `━━ ${label}: ${status === 0 ? 'ok' : `failed (exit ${status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  )
  if (status !== 0) failures.push(`${label}: exit ${status}`)
  return status === 0
}

/** A check that is one test: lint, typecheck, drift. */
const check = (ok: boolean): Tally => (ok ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 })

function readJson<T>(file: string): T | undefined {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as T) : undefined
}

function vitest(project: 'unit' | 'int'): Tally {
  const file = path.join(results, `vitest-${project}.json`)
  rmSync(file, { force: true })
  const ok = run(project, 'npx', [
    'vitest',
    'run',
    '--project',
    project,
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${file}`,
  ])
  const report = readJson<{
    numPassedTests: number
    numFailedTests: number
    numPendingTests: number
    numFailedTestSuites: number
    testResults: {
      name: string
      status: string
      assertionResults: { fullName: string; status: string }[]
    }[]
  }>(file)
  if (!report) return { passed: 0, failed: 1 } // the suite could not even start
  for (const result of report.testResults) {
    const file = path.relative(process.cwd(), result.name)
    const bad = result.assertionResults.filter((t) => t.status !== 'passed')
    for (const t of bad) failures.push(`${project}: ${file} › ${t.fullName} (${t.status})`)
    if (bad.length === 0 && result.status === 'failed') failures.push(`${project}: ${file}`)
  }
  // Nothing here is skipped on purpose: a skipped test is one whose setup (beforeAll) failed, and
  // a file that failed outside any test counts once.
  const failed =
    report.numFailedTests +
    report.numPendingTests +
    (report.numFailedTests + report.numPendingTests === 0 ? report.numFailedTestSuites : 0)
  // Vitest has exited 0 with a failed test in its report: the report decides, and says so.
  if (ok && failed > 0) console.log(`━━ ${project}: ${failed} failed, though vitest exited 0`)
  return { passed: report.numPassedTests, failed: failed + (ok || failed ? 0 : 1) }
}

function playwright(suite: 'e2e' | 'stack'): Tally {
  const file = path.join(results, `playwright-${suite}.json`)
  rmSync(file, { force: true })
  const config = suite === 'e2e' ? 'playwright.config.ts' : 'playwright.stack.config.ts'
  const ok = run(suite, 'npx', ['playwright', 'test', '--config', config], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: file,
  })
  const report = readJson<{
    stats: { expected: number; unexpected: number; flaky: number; skipped: number }
    suites: PlaywrightSuite[]
  }>(file)
  if (!report) return { passed: 0, failed: 1 }
  for (const name of notPassed(report.suites)) failures.push(`${suite}: ${name}`)
  const { expected, unexpected, flaky, skipped } = report.stats
  // A test that never ran because its setup failed is a failure, not a pass.
  const failed = unexpected + skipped + (ok || unexpected ? 0 : 1)
  return { passed: expected + flaky, failed }
}

type PlaywrightSuite = {
  title: string
  file?: string
  specs?: { title: string; tests: { status: string }[] }[]
  suites?: PlaywrightSuite[]
}

/** Tests that failed or never ran (`unexpected`, `skipped`), as `file › title (status)`. */
function notPassed(suites: PlaywrightSuite[] = [], file = ''): string[] {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((spec) =>
      spec.tests
        .filter((t) => t.status === 'unexpected' || t.status === 'skipped')
        .map((t) => `${suite.file ?? file} › ${spec.title} (${t.status})`),
    ),
    ...notPassed(suite.suites, suite.file ?? file),
  ])
}

/** Lighthouse on the guide, a page and the index: the speed-independent checks (tooling/audit.ts). */
function audit(): Tally {
  const file = path.join(results, 'audit.json')
  rmSync(file, { force: true })
  const ok = run('audit', 'npx', ['tsx', 'tooling/audit.ts', '--check'])
  const report = readJson<Tally>(file)
  if (!report) return { passed: 0, failed: 1 }
  return { passed: report.passed, failed: report.failed + (ok || report.failed ? 0 : 1) }
}

/** A file Payload generates from the config must be committed as generated. */
function generatedDrift(label: string, file: string, command: string): boolean {
  const before = readFileSync(file, 'utf8')
  const ok = run(label, 'npx', ['payload', command])
  const after = readFileSync(file, 'utf8')
  if (after !== before) console.error(`${file} was stale: commit the regenerated file.`)
  return ok && after === before
}

/** The committed migrations must produce the schema the collections describe (no push in production). */
function migrationsDrift(): boolean {
  const dir = 'src/migrations'
  const before = new Set(readdirSync(dir))
  const index = readFileSync(path.join(dir, 'index.ts'), 'utf8')
  const ok = run('migrations match collections', 'npx', [
    'payload',
    'migrate:create',
    'drift_check',
    '--skip-empty',
  ])
  const added = readdirSync(dir).filter((file) => !before.has(file))
  for (const file of added) rmSync(path.join(dir, file))
  if (added.length > 0) {
    writeFileSync(path.join(dir, 'index.ts'), index)
    console.error(
      'The collections changed without a migration: run `npm run migrate:create <name>`.',
    )
  }
  return ok && added.length === 0
}

const checks = (): Tally[] => [
  check(run('lint', 'npx', ['eslint', '.', '--max-warnings', '0'])),
  check(run('typecheck', 'npx', ['tsc', '--noEmit'])),
  check(run('dependency cycles', 'npm', ['run', '--silent', 'lint:deps'])),
  check(generatedDrift('generated types', 'src/payload-types.ts', 'generate:types')),
  check(
    generatedDrift('admin import map', 'app/(payload)/admin/importMap.js', 'generate:importmap'),
  ),
  check(migrationsDrift()),
]

const chosen = process.argv.slice(2)
const unknown = chosen.filter((name) => !SUITES.includes(name as Suite))
if (unknown.length > 0) {
  console.error(`Unknown suite ${unknown.join(', ')}: choose from ${SUITES.join(', ')}.`)
  process.exit(2)
}
const suites: Suite[] = chosen.length > 0 ? (chosen as Suite[]) : [...SUITES]

// The Debian packages these suites run, installed now or named, before anything else runs.
const wanted = SYSTEM_PACKAGES.filter((pkg) => suites.some((suite) => pkg.suites.includes(suite)))
const missing = missingPackages(wanted)
if (missing.length > 0) {
  const command = installPackages(missing, say)
  if (command) {
    for (const pkg of missingPackages(wanted))
      say(`missing ${pkg.binary} (${pkg.name}), for ${pkg.suites.join(' and ')}: ${pkg.why}`)
    console.error(`[test] install them first, then run the tests again:\n\n  ${command}\n`)
    process.exit(1)
  }
  say(`installed ${missing.map((pkg) => pkg.name).join(', ')}`)
}

const tallies: Tally[] = []
let built = process.env.E2E_SKIP_BUILD === '1'
for (const suite of suites) {
  if (suite === 'checks') tallies.push(...checks())
  if (suite === 'unit' || suite === 'int') tallies.push(vitest(suite))
  if (suite === 'e2e' || suite === 'stack' || suite === 'audit') {
    if (!built) {
      console.log('\n━━ build: next build (once, for e2e and stack)')
      const started = Date.now()
      built = buildSite()
      const took = `${((Date.now() - started) / 1000).toFixed(1)} s`
      console.log(`━━ build: ${built ? 'ok' : 'failed'} in ${took}`)
      process.env.E2E_SKIP_BUILD = '1'
      if (!built) {
        tallies.push({ passed: 0, failed: 1 })
        break
      }
    }
    tallies.push(suite === 'audit' ? audit() : playwright(suite))
  }
}
const passed = tallies.reduce((sum, t) => sum + t.passed, 0)
const failed = tallies.reduce((sum, t) => sum + t.failed, 0)
if (failures.length > 0)
  console.log(`\nWhat failed:\n${failures.map((f) => `  ✘ ${f}`).join('\n')}`)
console.log(`\n${passed} passed, ${failed} failed`)
process.exit(failed === 0 ? 0 : 1)
