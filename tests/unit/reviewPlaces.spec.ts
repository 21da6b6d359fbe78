import { describe, expect, it } from 'vitest'

import { anchorExists } from '@/lib/review/anchor'
import { isOutdated, placeLabel, reviewPlaces } from '@/lib/review/places'

const rich = (text: string) => ({
  root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] },
})

const fastapi = {
  id: 7,
  name: 'FastAPI',
  language: 'Python',
  buildModel: 'ASGI',
  bestFor: 'APIs',
  blurb: rich('Typed   endpoints, fast to write.'),
}
const django = { ...fastapi, id: 9, name: 'Django', blurb: rich('Batteries included.') }
const performance = { id: 4, name: 'Performance', question: 'How fast is it?' }

const guide = (ranking = [fastapi, django]) => ({
  title: 'Python web frameworks',
  dek: 'Which one to pick.',
  criteriaSection: { heading: 'The criteria', intro: null, outro: null, criteria: [performance] },
  ranking: ranking.map((framework, index) => ({ id: `row${index}`, framework })),
  scorecardSection: {
    position: 'beforeCaveats',
    heading: 'How each entry scores',
    scorecard: { entries: { 7: { scores: { 4: { score: 8, rationale: 'Quick on uvicorn.' } } } } },
  },
  caveatsSection: { heading: 'Caveats', caveats: [{ id: 3, body: rich('Async is harder.') }] },
  cta: { heading: 'Try it', text: 'Start today', linkLabel: 'Go' },
})

describe('reviewPlaces', () => {
  it('lists a guide’s places in reading order, the whole guide first, with their words', () => {
    const places = reviewPlaces('guides', guide())
    expect(places.map((place) => place.label)).toEqual([
      'The whole guide',
      'Intro',
      'Criteria',
      'Criterion: Performance',
      'FastAPI',
      'FastAPI: blurb',
      'Django',
      'Django: blurb',
      'Scorecard',
      'Score: FastAPI × Performance',
      'Caveats',
      'Call to action',
    ])
    expect(places.find((p) => p.label === 'FastAPI: blurb')?.text).toBe(
      'Typed   endpoints, fast to write.',
    )
    expect(places.find((p) => p.field === 'caveatsSection')?.text).toContain('Async is harder.')
  })

  it('names entries by framework, so reordering the ranking keeps every anchor', () => {
    const before = reviewPlaces('guides', guide()).map((place) => place.field)
    const after = reviewPlaces('guides', guide([django, fastapi])).map((place) => place.field)
    expect(new Set(after)).toEqual(new Set(before))
    expect(before).toContain('ranking:7.blurb')
  })

  it('every place of a guide and a page is an anchor the collection accepts', () => {
    const page = {
      title: 'About',
      dek: 'Us',
      layout: [
        { id: 'b1', blockType: 'prose', content: rich('Hello there.') },
        { id: 'b2', blockType: 'faq', heading: 'FAQ', items: [{ id: 'q', question: 'Why?' }] },
      ],
    }
    const pagePlaces = reviewPlaces('pages', page)
    expect(pagePlaces.map((place) => place.label)).toEqual([
      'The whole page',
      'Intro',
      'Block 1: Rich text',
      'Block 2: FAQ',
    ])
    expect(pagePlaces[3]?.text).toBe('FAQ\nWhy?')
    // The collection validates against the draft read with depth 0: related documents are ids.
    const stored = guide()
    const depth0 = {
      ...stored,
      criteriaSection: { ...stored.criteriaSection, criteria: [4] },
      ranking: stored.ranking.map(({ id, framework }) => ({ id, framework: framework.id })),
    }
    for (const { field } of reviewPlaces('guides', stored).slice(1)) {
      expect(anchorExists(depth0, field), field).toBe(true)
    }
    for (const { field } of pagePlaces.slice(1)) expect(anchorExists(page, field), field).toBe(true)
  })

  it('refuses anchors to criteria, entries or entry fields the guide does not show', () => {
    const depth0 = { criteriaSection: { criteria: [4] }, ranking: [{ id: 'r', framework: 7 }] }
    expect(anchorExists(depth0, 'criterion:5')).toBe(false)
    expect(anchorExists(depth0, 'ranking:8.blurb')).toBe(false)
    expect(anchorExists(depth0, 'ranking:7.slug')).toBe(false)
    expect(anchorExists(depth0, 'ranking:7.blurb')).toBe(true)
    expect(anchorExists(depth0, 'ranking:7')).toBe(true)
  })

  it('a release has one place: the whole release', () => {
    expect(reviewPlaces('releases', { items: [] })).toEqual([
      { field: '@document', label: 'The whole release', text: '' },
    ])
  })
})

describe('placeLabel and isOutdated', () => {
  const places = reviewPlaces('guides', guide())

  it('names a place, or falls back to the stored anchor', () => {
    expect(placeLabel(places, 'ranking:7.blurb')).toBe('FastAPI: blurb')
    expect(placeLabel(places, 'ranking:99.blurb')).toBe('ranking:99.blurb')
  })

  it('a quote still in its place is current, whatever the spacing of the selection', () => {
    expect(isOutdated({ field: 'ranking:7.blurb', quote: 'Typed endpoints,\nfast' }, places)).toBe(
      false,
    )
    expect(isOutdated({ field: 'cta', quote: null }, places)).toBe(false)
    expect(isOutdated({ field: 'cta', quote: '' }, places)).toBe(false)
  })

  it('a quote its place no longer has, or a place that is gone, is outdated', () => {
    const edited = reviewPlaces('guides', {
      ...guide(),
      ranking: [{ id: 'r', framework: { ...fastapi, blurb: rich('Typed routes.') } }],
    })
    expect(isOutdated({ field: 'ranking:7.blurb', quote: 'fast to write' }, edited)).toBe(true)
    expect(isOutdated({ field: 'ranking:9.blurb', quote: null }, edited)).toBe(true)
    expect(isOutdated({ field: 'ranking:7.blurb', quote: 'Typed' }, edited)).toBe(false)
  })
})
