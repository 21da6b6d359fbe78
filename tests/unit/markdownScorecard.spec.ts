import fc from 'fast-check'
import { marked, type Tokens } from 'marked'
import { describe, expect, it } from 'vitest'

import { toSlug } from '@/fields/slug'
import type { GuideView } from '@/lib/content/guide'
import { inEffect, scorecardMarkdown } from '@/lib/markdown/scorecard'
import { guide as seedGuide, criteria as seedCriteria, frameworks } from '@/lib/seed/content'
import { seedScorecard } from '@/lib/seed/scorecard'
import { scorecardView } from '@/lib/scorecard/view'
import type { Criterion, Framework } from '@/payload-types'

import { readingText } from '../helpers/markdown'
import { markdownOutline } from '../helpers/outline'

// The scorecard as the Markdown twin writes it, from the seeded guide's own scores and weights
// (src/lib/seed), and with hostile text in every field it shows.

const URL_ = 'https://site.example/'
const TWIN = 'https://site.example/index.md'

/** The seeded guide as the twin receives it, with `names` in place of the seeded words. */
function seededView(
  texts: { criterion?: string; framework?: string; rationale?: string; note?: string } = {},
  labels: Partial<GuideView['scorecardSection']> = {},
): GuideView {
  const criteria = seedCriteria.map(
    (c, index) =>
      ({
        id: 100 + index,
        name: index === 1 && texts.criterion !== undefined ? texts.criterion : c.name,
        slug: toSlug(c.name),
        question: 'question' in c ? c.question : null,
      }) as Criterion,
  )
  const ranking = frameworks.map(
    (f, index) =>
      ({
        ...f,
        id: 200 + index,
        name: index === 2 && texts.framework !== undefined ? texts.framework : f.name,
      }) as unknown as Framework,
  )
  const scorecard = seedScorecard(
    new Map(seedCriteria.map((c, index) => [c.name, 100 + index])),
    new Map(frameworks.map((f, index) => [f.slug, { id: 200 + index }])),
  )
  const django = scorecard.entries['202']!
  if (texts.rationale !== undefined) django.scores['101']!.rationale = texts.rationale
  if (texts.note !== undefined) django.note = texts.note
  return {
    ...seedGuide,
    slug: seedGuide.slug,
    criteriaSection: { ...seedGuide.criteriaSection, criteria },
    ranking,
    scorecardSection: { ...seedGuide.scorecardSection, ...labels, scorecard },
  } as unknown as GuideView
}

const render = (guide: GuideView, w?: string) => {
  const view = scorecardView(guide, w)
  if (!view) throw new Error('fixture: the guide has no scorecard')
  return scorecardMarkdown(view, guide, URL_).join('\n\n')
}

const tablesOf = (markdown: string) =>
  marked.lexer(markdown).filter((token): token is Tokens.Table => token.type === 'table')
const listsOf = (markdown: string) =>
  marked.lexer(markdown).filter((token): token is Tokens.List => token.type === 'list')
/** A cell's words as a reader reads them (led by a word, so no leading `#` reads as a heading). */
const cellText = (cell: Tokens.TableCell) => readingText(`x ${cell.text}`).slice(2)

describe('the scorecard in the Markdown twin', () => {
  it('is a table of the 8 seeded entries × 5 criteria, each header with its weight', () => {
    const [table, ...others] = tablesOf(render(seededView()))
    expect(others).toHaveLength(0)
    expect(table!.header.map(cellText)).toEqual([
      '#',
      'Framework',
      'AI-buildability (×5)',
      'ownership (×4)',
      'batteries (×2)',
      'performance (×1)',
      'ecosystem maturity (×1)',
      'Weighted score',
    ])
    expect(table!.rows).toHaveLength(8)
    // Our ranking, as the seed's weights give it, every score written out.
    expect(table!.rows.map((row) => cellText(row[1]!))).toEqual(frameworks.map((f) => f.name))
    expect(table!.rows[0]!.map(cellText)).toEqual([
      '1', 'jerrycan', '10', '10', '8', '7', '1', '8.8',
    ]) // prettier-ignore
    const scores = table!.rows.map((row) => Number(cellText(row.at(-1)!)))
    expect(scores).toEqual([...scores].sort((a, b) => b - a))
  })

  it('names the winner under each weighting: ours, equal, and each criterion counting triple', () => {
    const markdown = render(seededView())
    const winners = listsOf(markdown)
      .at(-1)!
      .items.map((item) => readingText(item.text))
    expect(winners).toHaveLength(7)
    expect(winners[0]).toBe(
      'Our weights (AI-buildability ×5, ownership ×4, batteries ×2, performance ×1, ecosystem maturity ×1): jerrycan',
    )
    expect(winners[1]).toBe('All criteria equal: Django')
    expect(winners).toContain('performance counts triple: Axum')
    expect(markdown).toContain('## Which weights produce which winners')
  })

  it('names a tie and how it is broken: by our editorial rank', () => {
    const guide = seededView()
    const scorecard = guide.scorecardSection.scorecard as unknown as ReturnType<
      typeof seedScorecard
    >
    for (const entry of Object.values(scorecard.entries)) {
      for (const cell of Object.values(entry.scores)) cell.score = 5
    }
    const winners = listsOf(render(guide))
      .at(-1)!
      .items.map((item) => readingText(item.text))
    const all = frameworks.map((f) => f.name).join(', ')
    expect(winners).toHaveLength(7)
    for (const line of winners) {
      expect(line).toMatch(
        new RegExp(`: jerrycan \\(${all}: tied; broken by our editorial rank\\)$`),
      )
    }
  })

  it('gives each rationale with its criterion and score, and a declared difference', () => {
    const markdown = render(seededView({ note: 'Ranked for its admin.' }))
    const text = readingText(markdown)
    expect(text).toContain('Why: jerrycan AI-buildability 10: The only entry designed for an AI')
    expect(text).toContain('ecosystem maturity 1: The youngest entry, with the smallest ecosystem.')
    expect(text).toContain('Django')
    expect(text).toMatch(/Django .*Ranked apart from its score: Ranked for its admin\./)
  })

  it('under a reader’s weights: their order and totals, their weights in the headers, a way back', () => {
    const guide = seededView()
    const reader = 'performance:5,ai-buildability:0,ownership:0,batteries:0'
    const [table] = tablesOf(render(guide, reader))
    expect(table!.header.map(cellText)).toContain('performance (×5)')
    expect(table!.header.map(cellText)).toContain('AI-buildability (×0)')
    expect(cellText(table!.rows[0]![1]!)).toBe('Axum')
    expect(cellText(table!.rows[0]![0]!)).toBe('1')
    // The winners by weight stay ours: they do not move with the reader.
    expect(render(guide, 'performance:5')).toContain('(AI-buildability ×5, ownership ×4,')

    const weighted = inEffect(guide, URL_, TWIN, reader)
    expect(weighted.guide.ranking[0]!.name).toBe('Axum')
    expect(weighted.url).toBe(`${URL_}?w=ai-buildability:0,ownership:0,batteries:0,performance:5`)
    expect(weighted.notice).toBe(
      `*You are looking at your own weighting, not ours.* [Back to our ranking](${TWIN})`,
    )
    // Our own weights, however spelt, are our ranking: no notice.
    for (const w of [undefined, '', 'performance:1', 'junk', 'ownership:4.2']) {
      const plain = inEffect(guide, URL_, TWIN, w)
      expect(plain.notice, String(w)).toBeNull()
      expect(plain.guide.ranking, String(w)).toBe(guide.ranking)
    }
  })
})

const PIECES = [
  '\n', '\r\n', '\u2028', '\v', '\t', '# ', '#', '## ', '- ', '* ', '1. ', '> ', '|', '| --- |',
  '||', '\\|', '\\', '`', '```', '~~~', '<script>', '</script>', '<b>', '[', '](https://evil.example/)',
  '*', '**', '_', ':', '---', '&amp;', '\u0001',
] as const // prettier-ignore
const hostile = fc
  .tuple(
    fc.array(fc.constantFrom(...PIECES), { maxLength: 5 }),
    fc.stringMatching(/^[A-Za-z]{1,6}$/),
    fc.array(fc.constantFrom(...PIECES), { maxLength: 5 }),
  )
  .map(([before, word, after]) => `${before.join('')}${word}${after.join('')}`)
/** What a reader reads of a text: its words, whitespace runs as one space. */
const asRead = (text: string) =>
  text
    // eslint-disable-next-line no-control-regex -- control characters are what a reader never sees
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()

describe('hostile text in the scorecard stays text', () => {
  const plainTexts = { criterion: 'Plain', framework: 'Plain', rationale: 'Plain', note: 'Plain' }
  const plain = markdownOutline(render(seededView(plainTexts, { heading: 'Plain' })))

  it('a criterion, a framework, a rationale, a note and a label cannot forge structure', () => {
    fc.assert(
      fc.property(
        fc.record({ criterion: hostile, framework: hostile, rationale: hostile, note: hostile }),
        hostile,
        (texts, heading) => {
          const markdown = render(seededView(texts, { heading, tieLabel: heading }))
          const label = `${JSON.stringify({ texts, heading })}:\n${markdown}`
          expect(markdownOutline(markdown), label).toEqual(plain)
          expect(markdown, label).not.toMatch(/(?<!\\)<script/i)
          // Inside the cells the texts read as written: a pipe or a break splits no cell.
          const [table] = tablesOf(markdown)
          expect(cellText(table!.header[3]!), label).toBe(asRead(`${texts.criterion} (×4)`))
          expect(cellText(table!.rows[2]![1]!), label).toBe(asRead(texts.framework))
          expect(readingText(markdown), label).toContain(asRead(`: ${texts.rationale}`))
        },
      ),
      { numRuns: 300 },
    )
  })
})
