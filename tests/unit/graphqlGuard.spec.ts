import { parse } from 'graphql'
import { describe, expect, it } from 'vitest'

import { argumentProblem } from '@/lib/api/graphqlArguments'
import { GRAPHQL_LIMITS, measureQuery, queryProblem } from '@/lib/api/graphqlGuard'

import { fragmentBomb } from '../helpers/queries'

describe('measureQuery', () => {
  it('looks at each selection once, however often its fragment is spread', () => {
    for (const depth of [5, 10, 30, 100, 300]) {
      const document = parse(fragmentBomb(depth))
      const cost = measureQuery(document)
      // 3 selections in the operation, 2 in each fragment: linear in the text, not 2^depth.
      expect(cost.visited, `depth ${depth}`).toBe(3 + 2 * depth)
      expect(cost.fields, `depth ${depth}`).toBe(
        Math.min(GRAPHQL_LIMITS.fields + 1, 2 + 2 ** depth),
      )
    }
  })

  it('counts depth through fragments and inline fragments', () => {
    const query = `{ a { b { ...F } } } fragment F on X { c { ... on Y { d { e } } } }`
    expect(measureQuery(parse(query))).toMatchObject({ depth: 5, fields: 5 })
  })
})

describe('queryProblem', () => {
  it.each([
    [fragmentBomb(30), /more than 1000 fields/],
    [`{ ${'a { '.repeat(13)}b${' }'.repeat(13)} }`, /nests 14 levels deep; the limit is 12/],
    [`{ ${Array.from({ length: 51 }, (_, i) => `a${i}: id`).join(' ')} }`, /51 aliases/],
    ['fragment F on X { ...F } { ...F }', /spreads itself/],
    ['{ ...Missing }', /Unknown fragment "Missing"/],
    ['{ a', /does not parse/],
    [`{ ${'a '.repeat(5_000)}}`, /does not parse: .*more that 4000 tokens/],
    ['#'.repeat(20_000), /16000/],
  ])('refuses %#', (query, reason) => {
    expect(queryProblem(query)).toMatch(reason)
  })

  it('lets an ordinary admin query through', () => {
    const query = `query ($id: Int!) { Guide(id: $id) { title ranking { framework { name } } } }`
    expect(queryProblem(query)).toBeUndefined()
  })
})

describe('argumentProblem', () => {
  const problem = (query: string, variables?: Record<string, unknown>) =>
    argumentProblem(parse(query), variables)

  it.each([
    [
      '{ Guides(where: { slug: { equals: "a\\u0000" } }) { totalDocs } }',
      'Guides(where.slug.equals)',
      /U\+0000/,
    ],
    [
      '{ Guides(where: { slug: { in: ["ok", "\\u001b"] } }) { totalDocs } }',
      'Guides(where.slug.in.1)',
      /U\+001B/,
    ],
    ['{ Guides(page: -5) { totalDocs } }', 'Guides(page)', /1 or more, not -5/],
    ['{ Guides(page: 0) { totalDocs } }', 'Guides(page)', /1 or more/],
    ['{ Guides(limit: -1) { totalDocs } }', 'Guides(limit)', /0 \(no limit\) or more/],
    [
      'query ($s: String = "\\u0000") { Guides(where: { slug: { equals: $s } }) { totalDocs } }',
      '$s',
      /U\+0000/,
    ],
  ])('refuses %s, naming %s', (query, path, message) => {
    expect(problem(query)).toEqual({ path, message: expect.stringMatching(message) as unknown })
  })

  it('refuses the operators the database cannot run, inline or in a where variable', () => {
    expect(problem('{ Guides(where: { title: { all: ["a"] } }) { totalDocs } }')).toMatchObject({
      path: 'Guides(where.title.all)',
      message: expect.stringMatching(/"all" operator is not supported/) as unknown,
    })
    const query = 'query ($w: Guide_where) { Guides(where: $w) { totalDocs } }'
    expect(problem(query, { w: { or: [{ title: { all: ['a'] } }] } })).toMatchObject({
      path: 'Guides(where.or.0.title.all)',
    })
    expect(problem(query, { w: { title: { in: ['a'] } } })).toBeUndefined()
  })

  it('reads page and limit through variables', () => {
    const query = 'query ($p: Int) { Guides(page: $p) { totalDocs } }'
    expect(problem(query, { p: -5 })).toMatchObject({ path: 'Guides(page)' })
    expect(problem(query, { p: 2 })).toBeUndefined()
    expect(problem(query, {})).toBeUndefined()
  })

  it('lets ordinary arguments through: tabs and line breaks included', () => {
    const query = `{ Guides(where: { title: { like: "go\\tlang\\n" } }, page: 1, limit: 0) { totalDocs } }`
    expect(problem(query)).toBeUndefined()
  })
})
