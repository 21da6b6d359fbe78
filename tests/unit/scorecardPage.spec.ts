import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'

import { RankingTable } from '@/components/RankingTable'
import { Scorecard } from '@/components/Scorecard'
import { WinnersByWeight } from '@/components/WinnersByWeight'
import type { GuideView } from '@/lib/content/guide'
import type { SiteSettings } from '@/lib/content/site'
import { weightedRoute } from '@/lib/http/weighted'
import { scorecardView } from '@/lib/scorecard/view'
import { guideJsonLd } from '@/lib/seo/structuredData'
import type { Criterion, Framework } from '@/payload-types'

const criterion = (id: number, slug: string, name: string) => ({ id, slug, name }) as Criterion
const framework = (id: number, slug: string, name: string) =>
  ({ id, slug, name, language: 'Rust', buildModel: 'Code', bestFor: 'Tests' }) as Framework

const speed = criterion(1, 'speed', 'Speed')
const ownership = criterion(2, 'ownership', 'Ownership')
const ours = framework(11, 'ours', 'Ours')
const fast = framework(12, 'fast', 'Fast')
const plain = framework(13, 'plain', 'Plain')

/**
 * Under our weights (speed ×1, ownership ×3) Fast and Plain score alike (34) above Ours (29), yet
 * we rank Ours first, with a note: a declared difference. Fast and Plain tie under any weights,
 * broken by our editorial rank. Under `w=speed:0` Ours leads on ownership alone.
 */
const guide = {
  slug: 'ranked',
  title: 'Ranked',
  dek: 'Ranked.',
  createdAt: '2026-01-01T00:00:00.000Z',
  lastUpdated: '2026-12-01T00:00:00.000Z',
  criteriaSection: { heading: 'The criteria', criteria: [speed, ownership] },
  ranking: [ours, fast, plain],
  tableLabels: {
    rank: '#',
    framework: 'Framework',
    language: 'Language',
    buildModel: 'Build model',
    bestFor: 'Best for',
    caption: 'At a glance',
  },
  scorecardSection: {
    position: 'afterRanking',
    scorecard: {
      weights: { '1': 1, '2': 3 },
      entries: {
        '11': {
          scores: { '1': { score: 2, rationale: 'Slow.' }, '2': { score: 9, rationale: '' } },
          reviewed: '2026-11-30',
          note: 'We built it.',
        },
        '12': {
          scores: { '1': { score: 10, rationale: 'Fastest.' }, '2': { score: 8, rationale: '' } },
        },
        '13': { scores: { '1': { score: 10, rationale: '' }, '2': { score: 8, rationale: '' } } },
      },
    },
    heading: 'How each entry scores',
    caption: 'Scores out of 10',
    totalLabel: 'Weighted score',
    rationaleLabel: 'Why',
    reviewedLabel: 'Last reviewed',
    differenceLabel: 'Ranked apart from its score',
    winnersHeading: 'Which weights produce which winners',
    editorialWeightsLabel: 'Our weights',
    equalWeightsLabel: 'All criteria equal',
    dominantLabel: 'counts triple',
    tieLabel: 'tied; broken by our editorial rank',
    readerHeading: 'Rank with your own weights',
    applyLabel: 'Re-rank',
    ownWeightingLabel: 'You are looking at your own weighting, not ours.',
    backLabel: 'Back to our ranking',
  },
} as unknown as GuideView

const site = { publisher: { name: 'us', url: '' }, homeGuideSlug: 'ranked' } as SiteSettings

const html = (w?: string) => {
  const view = scorecardView(guide, w)!
  return renderToStaticMarkup(
    createElement('div', null, [
      createElement(RankingTable, {
        key: 'table',
        labels: guide.tableLabels,
        ranking: guide.ranking,
        scored: view,
        differenceLabel: guide.scorecardSection.differenceLabel,
      }),
      createElement(Scorecard, { key: 'scorecard', view, guide, path: '/' }),
      createElement(WinnersByWeight, { key: 'winners', view, section: guide.scorecardSection }),
    ]),
  )
}
const namesIn = (markup: string, selector: RegExp) =>
  [...markup.matchAll(selector)].map((match) => match[1])

describe('the scorecard as rendered on the server (what a reader without JavaScript gets)', () => {
  it('writes every score out, each rationale in a <details>, and the weighted score', () => {
    const markup = html()
    expect(markup).toContain('<caption>Scores out of 10</caption>')
    expect(markup).toMatch(/<details><summary>10<span class="visually-hidden"> · Why<\/span>/)
    expect(markup).toContain('<p>Fastest.</p>')
    // Ours: (2×1 + 9×3) / 40 = 7.25 → 7.3, written out; Fast (10 + 24) / 40 = 8.5.
    expect(markup).toMatch(/data-label="Weighted score">7\.3</)
    expect(markup).toMatch(/data-label="Weighted score">8\.5</)
    expect(markup).toContain('<span class="reviewed">Last reviewed 2026-11-30</span>')
  })

  it('follows our order with our weights, and the reader’s order with theirs, in every list', () => {
    const rows = /<tr[^>]*data-entry="(\d+)"/g
    // Ours first under our weights, although its weighted score (7.3) is the lowest.
    expect(namesIn(html(), rows)).toEqual(['11', '12', '13', '11', '12', '13'])
    expect(namesIn(html('ownership:0'), rows)).toEqual(['12', '13', '11', '12', '13', '11'])
    expect(namesIn(html('speed:0'), rows)).toEqual(['11', '12', '13', '11', '12', '13'])
    const ranks = /data-rank="">(\d)</g
    expect(namesIn(html('ownership:0'), ranks)).toEqual(['1', '2', '3', '1', '2', '3'])
  })

  it('says so beside each entry we rank apart from its score, with our note, whatever the weights', () => {
    for (const w of [undefined, 'speed:0', 'ownership:0']) {
      const markup = html(w)
      // All three: our 1, 2, 3 are 3, 1, 2 by weighted score under our weights.
      expect(markup.match(/Ranked apart from its score/g), String(w)).toHaveLength(3)
      expect(markup.match(/<span>: We built it\.<\/span>/g)).toHaveLength(1)
    }
  })

  it('shows the own-weighting notice only under the reader’s weights, with the way back', () => {
    expect(html()).toMatch(/<p class="own-weighting" data-own-weighting="" hidden="">/)
    expect(html('ownership:0')).toMatch(
      /<p class="own-weighting" data-own-weighting=""><span>You are looking at your own weighting, not ours.<\/span> <a href="\/">Back to our ranking<\/a>/,
    )
  })

  it('offers one 0–5 control per criterion, set to the weights in effect, in a GET form', () => {
    const markup = html('speed:4')
    expect(markup).toMatch(/<form class="reader-weights"[^>]* action="\/" method="get"/)
    expect(markup.match(/<select id="weight-(speed|ownership)" name="w"/g)).toHaveLength(2)
    expect(markup).toContain('<label for="weight-speed">Speed</label>')
    expect(markup).toContain('<option value="speed:4" selected="">4</option>')
    expect(markup).toContain('<option value="ownership:3" selected="">3</option>')
    expect(markup.match(/<option value="speed:\d"/g)).toHaveLength(6)
  })

  it('names the winner under each weighting, computed: ours, equal and each criterion ×3', () => {
    const markup = html('speed:5')
    const winners =
      /<dt>([^<]+)<\/dt><dd><strong>([^<]+)<\/strong>(?:<span class="tie"> \(([^)]+)\))?/g
    const tie = 'Fast, Plain: tied; broken by our editorial rank'
    // Always our weights, whatever the reader's (speed:5 here): the winners are ours to state.
    expect([...markup.matchAll(winners)].map((m) => `${m[1]} → ${m[2]} ${m[3] ?? ''}`)).toEqual([
      `Our weights (Speed ×1, Ownership ×3) → Fast ${tie}`,
      `All criteria equal → Fast ${tie}`,
      `Speed counts triple → Fast ${tie}`,
      `Ownership counts triple → Fast ${tie}`,
    ])
  })
})

describe('structured data', () => {
  it('carries no Review or AggregateRating markup, even for a guide with a scorecard', () => {
    const json = JSON.stringify(guideJsonLd(guide, site))
    expect(json).toContain('"ItemList"')
    expect(json).not.toMatch(/Review|AggregateRating|Rating|ratingValue/i)
  })
})

describe('which requests the weighted route answers', () => {
  const with_ = (query: string) => new URLSearchParams(query)
  it('a guide’s URL with w, and nothing else', () => {
    expect(weightedRoute('/', with_('w=speed:1'))).toBe('/weighted')
    expect(weightedRoute('/guides/ranked', with_('w='))).toBe('/weighted/guides/ranked')
    expect(weightedRoute('/', with_(''))).toBeNull()
    expect(weightedRoute('/guides/ranked', with_('v=1'))).toBeNull()
    for (const path of ['/guides', '/about', '/guides/a/b', '/guides/A%20B', '/x.md']) {
      expect(weightedRoute(path, with_('w=speed:1')), path).toBeNull()
    }
  })
})
