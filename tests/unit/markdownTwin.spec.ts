import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { hasTwin, pageOfTwin, prefersMarkdown, twinOf } from '@/lib/http/markdownTwin'
import { llmsFullTxt, llmsTxt } from '@/lib/markdown/llms'
import { inline, paragraph } from '@/lib/markdown/text'
import type { Agent } from '@/payload-types'

import { parseLlmsTxt, readingText } from '../helpers/markdown'

const slug = fc
  .array(fc.stringMatching(/^[a-z0-9]{1,8}$/), { minLength: 1, maxLength: 4 })
  .map((words) => words.join('-'))

describe('which URL is a Markdown twin', () => {
  it.each([
    ['/index.md', '/'],
    ['/guides.md', '/guides'],
    ['/guides/backend-frameworks-2026.md', '/guides/backend-frameworks-2026'],
    ['/about.md', '/about'],
  ])('%s is the twin of %s', (twin, page) => {
    expect(pageOfTwin(twin)).toBe(page)
    expect(twinOf(page)).toBe(twin)
  })

  it.each(['/.md', '/guides/a/b.md', '/Guides/X.md', '/og/x.md', '/a.md.md', '/x', '/_next/x.md'])(
    '%s is no twin',
    (path) => {
      expect(pageOfTwin(path)).toBeUndefined()
    },
  )

  it('every page path and its twin round-trip; other sites and unknown paths stay as they are', () => {
    fc.assert(
      fc.property(slug, (s) => {
        for (const page of [`/${s}`, `/guides/${s}`]) {
          expect(hasTwin(page)).toBe(true)
          expect(pageOfTwin(twinOf(page))).toBe(page)
        }
      }),
    )
    expect(twinOf('https://elsewhere.example/x')).toBe('https://elsewhere.example/x')
    expect(twinOf('//elsewhere.example/x')).toBe('//elsewhere.example/x')
    expect(twinOf('/og/x')).toBe('/og/x')
    expect(twinOf('/guides/x?ref=1')).toBe('/guides/x.md?ref=1')
  })
})

describe('content negotiation (Accept)', () => {
  it.each([
    ['text/markdown', true],
    ['text/markdown, text/html;q=0.9', true],
    ['text/html, text/markdown', true],
    ['TEXT/MARKDOWN;q=0.5, text/plain', true],
    ['text/markdown;q=0.5, */*;q=0.1', true],
    // Browsers: HTML first, anything else through */*.
    ['text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8', false],
    ['text/html;q=1, text/markdown;q=0.9', false],
    ['text/markdown;q=0', false],
    ['*/*', false],
    ['', false],
    [null, false],
  ])('%j prefers Markdown: %s', (accept, expected) => {
    expect(prefersMarkdown(accept)).toBe(expected)
  })

  it('never throws, whatever a client sends', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 2000 }), (accept) => {
        expect(typeof prefersMarkdown(accept)).toBe('boolean')
      }),
    )
  })
})

describe('Markdown text', () => {
  it('escapes what Markdown would read as syntax, and a reader still reads the same words', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const words = text.replace(/\s+/g, ' ').trim()
        expect(readingText(paragraph(text))).toBe(words)
        expect(readingText(`# ${inline(text)}`)).toBe(words)
      }),
    )
  })
})

const agents = {
  id: 1,
  summary: 'Ranked guides for builders.',
  details: 'Every page is also Markdown: add .md.',
  sections: {
    guides: 'Guides',
    pages: 'Pages',
    optional: 'Optional',
    fullText: 'Everything in one file',
    fullTextDescription: 'All of it.',
  },
} satisfies Agent

describe('/llms.txt', () => {
  it('parses as the llmstxt.org proposal describes, whatever the CMS copy says', () => {
    const entry = fc.record({
      title: fc.string({ minLength: 1, maxLength: 60 }).filter((t) => t.trim() !== ''),
      url: slug.map((s) => `https://site.example/${s}.md`),
      description: fc.option(fc.string({ maxLength: 120 }), { nil: undefined }),
    })
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }).filter((t) => t.trim() !== ''),
        fc.string({ minLength: 1, maxLength: 300 }).filter((t) => t.trim() !== ''),
        fc.array(entry, { maxLength: 5 }),
        fc.array(entry, { maxLength: 5 }),
        (siteName, summary, guides, pages) => {
          const text = llmsTxt({
            siteName,
            agents: { ...agents, summary },
            guides,
            pages,
            fullTextUrl: 'https://site.example/llms-full.txt',
          })
          const parsed = parseLlmsTxt(text)
          expect(readingText(`# ${parsed.title}`)).toBe(siteName.replace(/\s+/g, ' ').trim())
          expect(parsed.sections.map((section) => section.links.length)).toEqual(
            [guides.length, pages.length, 1].filter((n) => n > 0),
          )
          expect(parsed.sections.flatMap((s) => s.links.map((l) => l.url))).toEqual([
            ...guides.map((g) => g.url),
            ...pages.map((p) => p.url),
            'https://site.example/llms-full.txt',
          ])
        },
      ),
    )
  })

  it('the full file opens like llms.txt and holds each document without its front matter', () => {
    const full = llmsFullTxt({ siteName: 'jerrycan', agents }, [
      { url: 'https://site.example/', markdown: '---\ntitle: "A"\n---\n\n# A\n\nBody A.\n' },
      { url: 'https://site.example/b', markdown: '---\ntitle: "B"\n---\n\n# B\n\nBody B.\n' },
    ])
    expect(full.startsWith('# jerrycan\n\n> Ranked guides for builders.\n\n---\n\n')).toBe(true)
    expect(full).not.toContain('title: ')
    expect(readingText(full)).toContain('Source: https://site.example/ A Body A.')
    expect(full.indexOf('Body A.')).toBeLessThan(full.indexOf('Body B.'))
  })
})
