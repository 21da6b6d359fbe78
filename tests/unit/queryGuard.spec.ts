import fc from 'fast-check'
import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { controlCharacterProblem } from '@/lib/api/controlCharacters'
import { searchParamsProblem } from '@/lib/api/queryGuard'
import { whereFieldProblem } from '@/lib/api/whereFields'

const problem = (query: string) => searchParamsProblem(new URLSearchParams(query))

// eslint-disable-next-line no-control-regex -- the characters under test
const REFUSED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F]/

describe('controlCharacterProblem', () => {
  it('refuses exactly the C0 characters other than tab, LF and CR, wherever they sit', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 20 }),
        fc.string({ maxLength: 8 }),
        (text, key) => {
          const found = controlCharacterProblem({ list: [{ [key.replace(REFUSED, '')]: text }] })
          expect(Boolean(found)).toBe(REFUSED.test(text))
        },
      ),
      { seed: 20261124, numRuns: 500 },
    )
  })

  it('names the path and the character', () => {
    expect(controlCharacterProblem({ a: [{ b: 'x\u0000' }] })).toEqual({
      path: 'a.0.b',
      message: expect.stringMatching(
        /^holds the control character U\+0000 \(at character 2\)/,
      ) as unknown,
    })
    expect(controlCharacterProblem({ 'k\u0001': 1 })?.path).toBe('k\\u0001')
  })

  it('walks a body nested 100 000 levels deep without overflowing the stack', () => {
    let deep: unknown = 'x\u0000'
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(controlCharacterProblem(deep)?.message).toMatch(/U\+0000/)
  })
})

describe('searchParamsProblem', () => {
  it.each([
    ['where[slug][equals]=a%00b', 'where[slug][equals]', /U\+0000/],
    ['where[slug][near]=1,2', 'where[slug][near]', /"near" operator needs a geographic/],
    ['where[or][0][slug][within]=1', 'where[or][0][slug][within]', /"within"/],
    ['where[slug][intersects][0]=1', 'where[slug][intersects][0]', /"intersects"/],
    ['where={"slug":{"near":[1,2]}}', 'where.slug.near', /"near"/],
    ['where[slug][all]=a,b', 'where[slug][all]', /"all" operator is not supported.*Use in/],
    ['where={"or":[{"slug":{"all":["a"]}}]}', 'where.or.0.slug.all', /"all"/],
    ['where={"slug":{"equals":"a\\u0000"}}', 'where.slug.equals', /U\+0000/],
    ['where={"slug":', 'where', /not valid JSON/],
    ['page=-5', 'page', /1 or more, not "-5"/],
    ['page=0', 'page', /1 or more/],
    ['page=abc', 'page', /whole number/],
    ['page[x]=1', 'page', /whole number/],
    ['limit=-1', 'limit', /0 \(no limit\) or more/],
    ['limit=1.5', 'limit', /whole number/],
    ['limit=9999999999', 'limit', /whole number/],
    ['depth=-1', 'depth', /0 or more/],
    ['sort=ti%01tle', 'sort', /U\+0001/],
    ['wh%00ere=1', 'wh\u0000ere', /its name holds/],
  ])('%s: 400 naming %s', (query, path, message) => {
    expect(problem(query)).toEqual({ path, message: expect.stringMatching(message) as unknown })
  })

  it('lets through what the admin and ordinary clients send', () => {
    for (const query of [
      'depth=0&draft=true&limit=0&where[id][in][0]=3&where[id][in][1]=4',
      'page=2&limit=10&sort=-updatedAt&where[or][0][and][0][title][like]=go%09lang',
      'where[slug][equals]=a%0Ab&select[title]=true',
      'where={"slug":{"equals":"x"}}',
      'utm_source=news',
    ]) {
      expect(problem(query), query).toBeUndefined()
    }
  })
})

describe('whereFieldProblem', () => {
  const fields = [
    { name: 'createdAt', type: 'date' },
    { name: 'title', type: 'text' },
    { name: 'cta', type: 'group', flattenedFields: [{ name: 'shown', type: 'checkbox' }] },
    { name: 'linksTo', type: 'relationship', relationTo: ['guides', 'pages'], hasMany: true },
  ] as FlattenedField[]
  const problem = (query: string) => whereFieldProblem(fields, new URLSearchParams(query))

  it.each([
    ['where[createdAt][contains]=x', 'where[createdAt][contains]', /createdAt is a date field/],
    ['where[linksTo][equals]=3', 'where[linksTo][equals]', /query linksTo\.value \(the id\)/],
    ['where[linksTo][in][0]=3', 'where[linksTo][in][0]', /several collections/],
    [
      'where[or][0][cta.shown][like]=x',
      'where[or][0][cta.shown][like]',
      /cta\.shown is a checkbox/,
    ],
    [
      'where={"and":[{"createdAt":{"not_like":"x"}}]}',
      'where[and][0][createdAt][not_like]',
      /date/,
    ],
  ])('%s: 400 naming %s', (query, path, message) => {
    expect(problem(query)).toEqual({ path, message: expect.stringMatching(message) as unknown })
  })

  it('lets text operators on text, and any operator on unknown paths, through', () => {
    for (const query of [
      'where[title][like]=go',
      'where[createdAt][greater_than]=2026-01-01',
      'where[version.createdAt][like]=x',
      'where[linksTo.value][equals]=3&where[linksTo.relationTo][equals]=guides',
      'where={"linksTo":{"equals":{"relationTo":"guides","value":3}}}',
    ]) {
      expect(problem(query), query).toBeUndefined()
    }
  })
})
