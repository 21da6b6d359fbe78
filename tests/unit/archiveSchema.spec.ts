// The content file's schema comes from the collection and global configs: a field added to a
// config is carried by the archive with no change to src/lib/archive. Checked on small synthetic
// configs, built with Payload's own flattening, as the app's sanitized config holds them.
import { flattenAllFields, type Field, type SanitizedConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { archiveSchemaOf, COLLECTIONS, FORMAT, FORMAT_VERSION, GLOBALS } from '@/lib/archive/schema'

type Fields = Partial<Record<string, Field[]>>

const configOf = (fields: Fields) =>
  ({
    collections: COLLECTIONS.map((slug) => ({
      slug,
      flattenedFields: flattenAllFields({ fields: fields[slug] ?? [] }),
    })),
    globals: GLOBALS.map((slug) => ({
      slug,
      flattenedFields: flattenAllFields({ fields: fields[slug] ?? [] }),
    })),
  }) as unknown as Pick<SanitizedConfig, 'collections' | 'globals'>

const at = '2026-01-02T03:04:05.000Z'
const later = '2026-02-02T03:04:05.000Z'

/** A file holding one framework: `published` and `draft` are its two states' fields. */
const fileWith = (published: object | null, draft: object | null = null) => ({
  format: FORMAT,
  version: FORMAT_VERSION,
  ...Object.fromEntries(COLLECTIONS.map((slug) => [slug, []])),
  frameworks: [
    {
      id: 1,
      createdAt: at,
      published: published && { updatedAt: at, ...published },
      draft: draft && { updatedAt: later, ...draft },
    },
  ],
  ...Object.fromEntries(GLOBALS.map((slug) => [slug, null])),
})

/** The problems the schema of `fields` finds in `file`, as "path: message" lines. */
const problems = (fields: Fields, file: unknown) => {
  const result = archiveSchemaOf(configOf(fields)).safeParse(file)
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

const name: Field = { name: 'name', type: 'text', required: true }

describe('the archive schema, derived from the configs', () => {
  it('carries a field as soon as a collection config has it', () => {
    const file = fileWith({ name: 'Astro', tagline: 'Islands' })
    expect(problems({ frameworks: [name] }, file)).toEqual([
      expect.stringMatching(/^frameworks\.0\.published: Unrecognized key: "tagline"/),
    ])
    const withTagline: Fields = { frameworks: [name, { name: 'tagline', type: 'text' }] }
    expect(problems(withTagline, file)).toEqual([])
    const parsed = archiveSchemaOf(configOf(withTagline)).parse(file)
    expect(parsed.frameworks[0]?.published).toEqual({
      updatedAt: at,
      name: 'Astro',
      tagline: 'Islands',
    })
  })

  it('carries a field added to a global', () => {
    const file = {
      ...fileWith({ name: 'Astro' }),
      footer: { createdAt: at, updatedAt: at, legal: 'ok' },
    }
    expect(problems({ frameworks: [name] }, file)).toEqual([
      expect.stringMatching(/^footer: Unrecognized key: "legal"/),
    ])
    expect(
      problems({ frameworks: [name], footer: [{ name: 'legal', type: 'text' }] }, file),
    ).toEqual([])
  })

  it('requires a required field in published content only: drafts are saved unvalidated', () => {
    expect(problems({ frameworks: [name] }, fileWith({ name: null }))).toEqual([
      'frameworks.0.published.name: Invalid input: expected string, received null',
    ])
    expect(problems({ frameworks: [name] }, fileWith(null, { name: null }))).toEqual([])
  })

  it('maps each field type to what the export writes', () => {
    const fields: Fields = {
      frameworks: [
        { name: 'kind', type: 'select', required: true, options: ['ssg', 'ssr'] },
        { name: 'tags', type: 'select', hasMany: true, options: ['a', 'b'] },
        { name: 'stars', type: 'number', required: true },
        { name: 'open', type: 'checkbox' },
        { name: 'released', type: 'date' },
        { name: 'extra', type: 'json' },
        { name: 'where', type: 'point' },
        { name: 'body', type: 'richText', required: true },
        { name: 'related', type: 'relationship', relationTo: 'frameworks', hasMany: true },
        { name: 'link', type: 'relationship', relationTo: ['guides', 'pages'] },
        { name: 'logo', type: 'upload', relationTo: 'media' },
        { name: 'owner', type: 'relationship', relationTo: 'users' },
        { name: 'mentions', type: 'join', collection: 'guides', on: 'ranking.framework' },
        {
          type: 'tabs',
          tabs: [
            { label: 'Unnamed', fields: [{ name: 'inTab', type: 'text' }] },
            { name: 'named', fields: [{ name: 'deep', type: 'text' }] },
          ],
        },
        { type: 'row', fields: [{ name: 'inRow', type: 'textarea' }] },
        { name: 'rows', type: 'array', fields: [{ name: 'label', type: 'text', required: true }] },
        {
          name: 'layout',
          type: 'blocks',
          blocks: [
            { slug: 'quote', fields: [{ name: 'words', type: 'text', required: true }] },
            { slug: 'gap', fields: [] },
          ],
        },
      ],
    }
    const valid = {
      kind: 'ssg',
      tags: ['a'],
      stars: 5,
      open: true,
      released: at,
      extra: { any: ['json'] },
      where: [1.5, 2],
      body: { root: { type: 'root', children: [] } },
      related: [2, 3],
      link: { relationTo: 'pages', value: 4 },
      logo: 5,
      named: { deep: 'x' },
      inTab: 'y',
      inRow: 'z',
      rows: [{ id: 'r1', label: 'one' }],
      layout: [
        { id: 'b1', blockName: null, blockType: 'quote', words: 'hi' },
        { id: 'b2', blockType: 'gap' },
      ],
    }
    expect(problems(fields, fileWith(valid))).toEqual([])
    const wrong = {
      ...valid,
      kind: 'spa',
      stars: '5',
      body: { text: 'not lexical' },
      related: 2,
      link: { relationTo: 'users', value: 4 },
      owner: 1,
      mentions: { docs: [] },
      rows: [{ label: 'no id' }],
      layout: [{ id: 'b1', blockType: 'video' }],
    }
    expect(problems(fields, fileWith(wrong))).toEqual([
      'frameworks.0.published.kind: Invalid option: expected one of "ssg"|"ssr"',
      'frameworks.0.published.stars: Invalid input: expected number, received string',
      'frameworks.0.published.body: expected rich text: { "root": { "type": "root", "children": [ … ] } }',
      'frameworks.0.published.related: Invalid input: expected array, received number',
      'frameworks.0.published.link.relationTo: Invalid option: expected one of "guides"|"pages"',
      'frameworks.0.published.rows.0.id: Invalid input: expected string, received undefined',
      "frameworks.0.published.layout.0.blockType: Invalid discriminator value. Expected 'quote' | 'gap'",
      // A join is other documents' relationships read back; users are never archived.
      'frameworks.0.published: Unrecognized keys: "owner", "mentions"',
    ])
  })
})
