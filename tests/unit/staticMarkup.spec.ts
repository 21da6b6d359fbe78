import fc from 'fast-check'
import { createElement, Fragment, type ReactNode } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { renderNode } from '@/lib/render/staticMarkup'

// Reader pages are written by our own walker (src/lib/render/staticMarkup.ts), not react-dom: the
// two must write the same HTML for every tree a reader page can hold, or a reader and a previewer
// would see different pages. React's own renderer is the reference here (outside Next, where it
// can run).

const hostile = fc.oneof(
  fc.string(),
  fc.constantFrom(
    '<script>alert(1)</script>',
    '"><img src=x onerror=alert(1)>',
    "it's & <b>",
    'javascript:alert(1)',
    ' \tJaVa\nScRiPt:alert(1)',
    '',
    '0',
  ),
)

const attributeValue = fc.oneof(
  hostile,
  fc.integer({ min: -5, max: 500 }),
  fc.boolean(),
  fc.constant(null),
)

const props = fc.record(
  {
    className: hostile,
    id: hostile,
    href: hostile,
    title: hostile,
    'aria-label': attributeValue,
    'aria-hidden': fc.boolean(),
    'data-rank': attributeValue,
    hidden: fc.boolean(),
    tabIndex: fc.integer({ min: -1, max: 3 }),
    role: hostile,
    dateTime: hostile,
    htmlFor: hostile,
    scope: fc.constantFrom('col', 'row'),
    style: fc.record(
      {
        color: fc.constantFrom('red', 'var(--text)'),
        marginTop: fc.integer({ min: 0, max: 40 }),
        lineHeight: fc.constantFrom(1.5, 2),
        '--weight': fc.constantFrom('3', 4),
      },
      { requiredKeys: [] },
    ),
  },
  { requiredKeys: [] },
)

const tags = fc.constantFrom(
  'div',
  'span',
  'p',
  'a',
  'ul',
  'li',
  'h2',
  'section',
  'table',
  'td',
  'strong',
)
const voidTags = fc.constantFrom('img', 'br', 'hr', 'input')

const Plain = ({ children }: { children?: ReactNode }) => createElement('em', null, children)

const tree = fc.letrec<{ node: ReactNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    hostile,
    fc.integer(),
    fc.constantFrom(null, undefined, false, true),
    fc
      .tuple(tags, props, fc.array(tie('node'), { maxLength: 4 }))
      .map(([tag, p, children]) => createElement(tag, p, ...children)),
    fc.tuple(voidTags, props).map(([tag, p]) => createElement(tag, p)),
    fc
      .tuple(
        voidTags.filter((tag) => tag === 'input'),
        fc.record({
          defaultValue: hostile,
          type: fc.constantFrom('number', 'text'),
          name: hostile,
        }),
      )
      .map(([tag, p]) => createElement(tag, p)),
    fc
      .array(tie('node'), { maxLength: 3 })
      .map((children) => createElement(Fragment, null, ...children)),
    tie('node').map((child) => createElement(Plain, null, child)),
  ),
})).node

describe('static markup of reader pages', () => {
  // react-dom warns (console.error) about what the generated trees do on purpose: empty hrefs,
  // javascript: URLs. The comparison is the test; the warnings are noise in the run's log.
  beforeEach(() => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('writes what react-dom writes, for any tree of elements, text and components', async () => {
    await fc.assert(
      fc.asyncProperty(tree, async (node) => {
        expect(await renderNode(node)).toBe(
          renderToStaticMarkup(createElement(Fragment, null, node)),
        )
      }),
      { numRuns: 400 },
    )
  })

  it('escapes text and attribute values, and blocks javascript: links, as React does', async () => {
    const link = createElement('a', { href: 'javascript:alert(1)', title: '"><b>' }, '<i>&')
    const html = await renderNode(link)
    expect(html).toBe(renderToStaticMarkup(link))
    expect(html).not.toContain('<i>')
    expect(html).not.toContain('alert(1)')
  })

  it('waits for async components, as a server component tree has them', async () => {
    const Async = async ({ word }: { word: string }) => {
      await new Promise((resolve) => setTimeout(resolve, 5))
      return createElement('b', null, word)
    }
    const node = createElement('p', null, 'a ', createElement(Async, { word: 'b' }), ' c')
    expect(await renderNode(node)).toBe('<p>a <b>b</b> c</p>')
  })

  it('marks the option a select names, as the reader-weights form has them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 6 }), fc.boolean(), async (chosen, controlled) => {
        const options = [0, 1, 2, 3, 4, 5].map((n) =>
          createElement('option', { key: n, value: `a:${n}` }, n),
        )
        const select = createElement(
          'select',
          {
            id: 'weight-a',
            name: 'w',
            [controlled ? 'value' : 'defaultValue']: `a:${chosen}`,
            readOnly: controlled,
          },
          options,
        )
        expect(await renderNode(select)).toBe(renderToStaticMarkup(select))
      }),
    )
  })

  it('writes inner HTML as given, for the JSON-LD data block', async () => {
    const script = createElement('script', {
      type: 'application/ld+json',
      dangerouslySetInnerHTML: { __html: '{"a":"\\u003c/script>"}' },
    })
    expect(await renderNode(script)).toBe(renderToStaticMarkup(script))
  })

  it('refuses a client component instead of writing half a page', async () => {
    const client = Object.assign(() => null, { $$typeof: Symbol.for('react.client.reference') })
    await expect(renderNode(createElement(client))).rejects.toThrow(/client component/)
  })
})
