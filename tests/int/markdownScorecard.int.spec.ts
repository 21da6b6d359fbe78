import '../helpers/nextRuntime'

import { marked, type Tokens } from 'marked'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { env } from '@/lib/env'
import { twinMarkdown } from '@/lib/markdown/twin'
import { guide as seedGuide } from '@/lib/seed/content'

import { GET as publishedTwin } from '../../app/(site)/markdown/[[...path]]/route'
import { GET as weightedTwin } from '../../app/(site)/markdown-weighted/[[...path]]/route'
import { readingText } from '../helpers/markdown'
import { withoutDataCache } from '../helpers/nextRuntime'
import { seededGuide } from '../helpers/payload'
import { missingPiece } from '../helpers/sourceCopy'

// The seeded guide's twin, as its routes answer it: our scorecard in the default twin and in
// /llms-full.txt, and a reader's own weighting in the weighted twin, which no cache may keep.

const SLUG = seedGuide.slug
const labels = seedGuide.scorecardSection
const path = ['guides', SLUG]

const call = (route: typeof publishedTwin | typeof weightedTwin, segments: string[], search = '') =>
  route(new Request(`${env.SITE_URL}/${segments.join('/')}${search}`), {
    params: Promise.resolve({ path: segments }),
  })

const tables = (markdown: string) =>
  marked.lexer(markdown).filter((token): token is Tokens.Table => token.type === 'table')
/** The scorecard's table: the one whose last header is the weighted score. */
const scorecardTable = (markdown: string) =>
  tables(markdown).find((table) => table.header.at(-1)?.text === labels.totalLabel)!
const names = (table: Tokens.Table) => table.rows.map((row) => readingText(row[1]!.text))
const entryHeadings = (markdown: string) =>
  [...markdown.matchAll(/^## #(\d+) (.+)$/gm)].map((match) => `${match[1]} ${match[2]}`)

let restoreCache = () => {}
let plain: string

beforeAll(async () => {
  await seededGuide()
  restoreCache = withoutDataCache()
  plain = await (await call(publishedTwin, path)).text()
}, 120_000)

afterAll(() => restoreCache())

describe('the scorecard in the published twin', () => {
  it('sits after the ranking table, as the seed places it, and keeps every seed string in order', () => {
    expect(missingPiece(readingText(plain))).toBeUndefined()
    const at = (text: string) => plain.indexOf(text)
    expect(at(`## ${labels.heading}`)).toBeGreaterThan(at('| 1 | [jerrycan]'))
    expect(at(`## ${labels.heading}`)).toBeLessThan(
      at('Comparing platforms rather than frameworks?'),
    )
    expect(at(`## ${labels.winnersHeading}`)).toBeGreaterThan(at(`## ${labels.heading}`))
    expect(at(`## ${labels.winnersHeading}`)).toBeLessThan(at('## #1 jerrycan'))
  })

  it('is one table of 8 entries × 5 criteria with the weights, and names the winners by weight', () => {
    const table = scorecardTable(plain)
    expect(table.header.map((cell) => cell.text)).toEqual([
      '\\#',
      'Framework',
      'AI-buildability (×5)',
      'ownership (×4)',
      'batteries (×2)',
      'performance (×1)',
      'ecosystem maturity (×1)',
      'Weighted score',
    ])
    expect(names(table)).toEqual(entryHeadings(plain).map((heading) => heading.slice(2)))
    expect(plain).toMatch(/^- Our weights \(AI-buildability ×5, .*\): \*\*jerrycan\*\*$/m)
    expect(plain).toMatch(/^- All criteria equal: \*\*Django\*\*$/m)
    expect(plain).toMatch(/^- performance counts triple: \*\*Axum\*\*$/m)
    // Our own ranking: nothing says "your weighting".
    expect(plain).not.toContain(labels.ownWeightingLabel)
  })

  it('is in /llms-full.txt too', async () => {
    const full = (await twinMarkdown({ kind: 'llms-full' }))!
    expect(names(scorecardTable(full))).toEqual(names(scorecardTable(plain)))
    expect(full).toContain(`## ${labels.winnersHeading}`)
  })
})

describe('a twin under a reader’s weights (?w=)', () => {
  it('follows their order and totals, says so, links back, and is never stored', async () => {
    const response = await call(
      weightedTwin,
      path,
      '?w=performance:5&w=ai-buildability:0,ownership:0,batteries:0',
    )
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('private, no-store')
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8')
    const markdown = await response.text()
    expect(markdown).toContain(
      `*${labels.ownWeightingLabel}* [${labels.backLabel}](${env.SITE_URL}/index.md)`,
    )
    const table = scorecardTable(markdown)
    expect(table.header.map((cell) => cell.text)).toContain('performance (×5)')
    expect(names(table)[0]).toBe('Axum')
    // Every list of the entries follows the reader's order: the ranking table and the entries.
    const order = names(table)
    expect(entryHeadings(markdown)).toEqual(order.map((name, index) => `${index + 1} ${name}`))
    expect(names(tables(markdown)[0]!)).toEqual(order)
    const totals = table.rows.map((row) => Number(row.at(-1)!.text))
    expect(totals).toEqual([...totals].sort((a, b) => b - a))
    // The declared bias stays said, wherever its entry lands.
    expect(markdown).toMatch(/## #\d+ jerrycan\n\n\*Declared bias: this is our framework\*/)
    // The winners by weight are ours, whatever the reader's weights.
    expect(markdown).toMatch(/^- All criteria equal: \*\*Django\*\*$/m)
  })

  it('reads junk and our own weights as our ranking, still unstored; an unknown guide is a 404', async () => {
    for (const search of ['?w=junk', '?w=ownership:4', '?w=performance:x,nope:3', '?w=']) {
      const response = await call(weightedTwin, path, search)
      expect(response.headers.get('cache-control'), search).toBe('private, no-store')
      expect(await response.text(), search).toBe(plain)
    }
    const missing = await call(weightedTwin, ['guides', 'no-such-guide'], '?w=performance:5')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('cache-control')).toBe('private, no-store')
  })

  it('leaves the published twin one object: its route reads no query', async () => {
    const response = await call(publishedTwin, path, '?w=performance:5')
    expect(await response.text()).toBe(plain)
    expect(response.headers.get('cache-control')).toBeNull()
  })
})
