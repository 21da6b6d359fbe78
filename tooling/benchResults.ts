// docs/benchmarks/latest.json: the last figures `npm run bench` and `npm run audit` measured, each
// under its own key, so one run replaces its own part and leaves the other's. The docs point here
// instead of copying figures into prose that goes stale.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const RESULTS_FILE = path.resolve('docs/benchmarks/latest.json')

/** What the results file holds now (nothing before the first run). */
export const recordedResults = (): Record<string, unknown> =>
  existsSync(RESULTS_FILE)
    ? (JSON.parse(readFileSync(RESULTS_FILE, 'utf8')) as Record<string, unknown>)
    : {}

/** When, on what and on which commit a run measured. */
export function runStamp() {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' })
  return {
    measuredAt: new Date().toISOString(),
    commit: commit.status === 0 ? commit.stdout.trim() : 'unknown',
    machine: `${os.cpus().length} cores, ${os.platform()} ${os.arch()}, load generator on it too`,
  }
}

function write(current: Record<string, unknown>) {
  mkdirSync(path.dirname(RESULTS_FILE), { recursive: true })
  writeFileSync(RESULTS_FILE, `${JSON.stringify(current, null, 2)}\n`)
}

/** Replaces `part` ('bench' or 'audit') of the results file with `figures`, stamped with the run. */
export function recordResults(part: 'bench' | 'audit', figures: unknown): void {
  const current = recordedResults()
  current[part] = { ...runStamp(), ...(figures as object) }
  write(current)
}

/**
 * A run of some sections only (BENCH_SECTIONS): its keys replace those of `part` and the rest
 * stay as the run that measured them left them; `restamp` when the run measured the part's own
 * top-level figures. A section that may run alone carries its own stamp (runStamp).
 */
export function recordSections(
  part: 'bench' | 'audit',
  figures: Record<string, unknown>,
  { restamp }: { restamp: boolean },
): void {
  const current = recordedResults()
  current[part] = { ...(current[part] as object), ...(restamp ? runStamp() : {}), ...figures }
  write(current)
}
