// The field walker (src/lib/fields/walk.ts) on synthetic configs, flattened by Payload's own
// flattenAllFields as the sanitized config holds them. Where each leaf sits is read back from the
// data's JSON alone, not from the config, so the walker is checked against something it does not
// share.
import fc from 'fast-check'
import { flattenAllFields, type Field, type FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'

import { fieldsIn, walkFields, type FieldVisit, type RowVisit } from '@/lib/fields/walk'

/** A config's shape before it gets names: leaves, named containers, and wrappers that flatten. */
type Shape =
  | { kind: 'leaf'; type: 'text' | 'number' | 'checkbox' }
  | { kind: 'group' | 'array' | 'row' | 'collapsible'; children: Shape[] }
  | { kind: 'tabs'; named: Shape[]; unnamed: Shape[] }
  | { kind: 'blocks'; blocks: Shape[][] }

const shapes = fc.letrec<{ shape: Shape; list: Shape[] }>((tie) => ({
  shape: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      kind: fc.constant('leaf' as const),
      type: fc.constantFrom('text', 'number', 'checkbox'),
    }),
    fc.record({
      kind: fc.constantFrom('group', 'array', 'row', 'collapsible'),
      children: tie('list'),
    }) as fc.Arbitrary<Shape>,
    fc.record({ kind: fc.constant('tabs' as const), named: tie('list'), unnamed: tie('list') }),
    fc.record({
      kind: fc.constant('blocks' as const),
      blocks: fc.array(tie('list'), { minLength: 1, maxLength: 3 }),
    }),
  ),
  list: fc.array(tie('shape'), { maxLength: 3 }),
}))

/** A raw config for `list`, every field named uniquely (`f0`, `f1`, …), and the names it gave. */
function configOf(list: Shape[]): { fields: Field[]; names: string[] } {
  const names: string[] = []
  const name = () => {
    names.push(`f${names.length}`)
    return names.at(-1)!
  }
  const build = (items: Shape[]): Field[] =>
    items.map((shape): Field => {
      switch (shape.kind) {
        case 'leaf':
          // Spelled out per type: Field is a union TypeScript will not match a union type into.
          return shape.type === 'text'
            ? { name: name(), type: 'text' }
            : shape.type === 'number'
              ? { name: name(), type: 'number' }
              : { name: name(), type: 'checkbox' }
        case 'group':
        case 'array':
          return { name: name(), type: shape.kind, fields: build(shape.children) }
        case 'row':
          return { type: 'row', fields: build(shape.children) }
        case 'collapsible':
          return { type: 'collapsible', label: 'More', fields: build(shape.children) }
        case 'tabs':
          return {
            type: 'tabs',
            tabs: [
              { name: name(), fields: build(shape.named) },
              { label: 'Unnamed', fields: build(shape.unnamed) },
            ],
          }
        case 'blocks':
          return {
            name: name(),
            type: 'blocks',
            blocks: shape.blocks.map((fields, index) => ({
              slug: `b${index}`,
              fields: build(fields),
            })),
          }
      }
    })
  return { fields: build(list), names }
}

// Placeholders the data is built with; each becomes a unique token (`leaf#3`) afterwards.
type Mark = 'leaf' | 'hidden' | 'stray'

/** Data for `fields`: any subset of keys, a stray key, rows of known and unknown blocks, nulls. */
function dataFor(fields: FlattenedField[], mark: Mark): fc.Arbitrary<Record<string, unknown>> {
  const entries = fields.map((field) => {
    const inner = (): fc.Arbitrary<unknown> => {
      switch (field.type) {
        case 'group':
        case 'tab':
          return fc.oneof(dataFor(field.flattenedFields, mark), fc.constant(null))
        case 'array':
          return fc.array(dataFor(field.flattenedFields, mark), { maxLength: 3 })
        case 'blocks':
          return fc.array(
            fc.oneof(
              ...field.blocks.map((block) =>
                dataFor(block.flattenedFields, mark).map((row) => ({
                  ...row,
                  blockType: block.slug,
                })),
              ),
              // A row of a block the field does not have: none of it is the field's.
              dataFor(field.blocks[0]!.flattenedFields, 'hidden').map((row) => ({
                ...row,
                blockType: 'gone',
              })),
            ),
            { maxLength: 3 },
          )
        default:
          return fc.constant(mark)
      }
    }
    return [field.name, inner()] as const
  })
  return fc.record(
    { ...Object.fromEntries(entries), stray: fc.constant('stray' satisfies Mark) },
    { requiredKeys: [] },
  )
}

/** Replaces each placeholder with a unique token, and says where (by JSON keys) each one sits. */
function tokenize(data: unknown): { data: unknown; at: Map<string, string> } {
  const at = new Map<string, string>()
  const visit = (value: unknown, keys: (string | number)[]): unknown => {
    if (value === 'leaf' || value === 'hidden' || value === 'stray') {
      const token = `${value}#${at.size}`
      at.set(token, keys.join('.'))
      return token
    }
    if (Array.isArray(value)) return value.map((item, index) => visit(item, [...keys, index]))
    if (typeof value === 'object' && value !== null) {
      return Object.fromEntries(
        Object.entries(value).map(([key, child]) => [key, visit(child, [...keys, key])]),
      )
    }
    return value
  }
  return { data: visit(data, []), at }
}

const configAndData = shapes.list.chain((list) => {
  const { fields: raw, names } = configOf(list)
  const fields = flattenAllFields({ fields: raw })
  return dataFor(fields, 'leaf').map((data) => ({ fields, names, ...tokenize(data) }))
})

const visitsOf = (fields: FlattenedField[], data: unknown) => {
  const visits: FieldVisit[] = []
  const rows: RowVisit[] = []
  walkFields(fields, data, {
    field: (visit) => void visits.push(visit),
    row: (row) => void rows.push(row),
  })
  return { visits, rows }
}

const LEAVES = ['text', 'number', 'checkbox']

describe('the field walker', () => {
  it('visits every leaf the data holds under its fields exactly once, with where it sits', () => {
    fc.assert(
      fc.property(configAndData, ({ fields, data, at }) => {
        const leafVisits = visitsOf(fields, data).visits.filter((v) =>
          LEAVES.includes(v.field.type),
        )
        const expected = [...at].filter(([token]) => token.startsWith('leaf#'))
        expect(leafVisits.map((v) => [v.value, v.path]).sort()).toEqual(expected.sort())
        for (const visit of leafVisits) {
          expect(visit.path.endsWith(visit.field.name)).toBe(true)
          // The config's path is the data's, rows left out.
          expect(visit.fieldPath).toBe(
            visit.path
              .split('.')
              .filter((key) => !/^\d+$/.test(key))
              .join('.'),
          )
        }
      }),
      { numRuns: 300 },
    )
  })

  it('lists every field of a config once, at the path the data walk gives it', () => {
    fc.assert(
      fc.property(configAndData, ({ fields, names, data }) => {
        const listed = fieldsIn(fields)
        expect(listed.map(({ field }) => field.name).sort()).toEqual([...names].sort())
        for (const { field, fieldPath } of visitsOf(fields, data).visits) {
          expect(listed).toContainEqual({ field, fieldPath })
        }
      }),
      { numRuns: 200 },
    )
  })

  const layout = flattenAllFields({
    fields: [
      {
        name: 'layout',
        type: 'blocks',
        blocks: [
          { slug: 'cta', fields: [{ name: 'doc', type: 'relationship', relationTo: 'pages' }] },
          { slug: 'quote', fields: [{ name: 'doc', type: 'text' }] },
        ],
      },
      { name: 'meta', type: 'group', fields: [{ name: 'title', type: 'text' }] },
    ],
  })

  it("reads a block's fields by its blockType, and tells the rows it cannot enter", () => {
    const data = {
      layout: [
        { blockType: 'quote', doc: 'x' },
        'text',
        { blockType: 'cta', doc: 4 },
        { blockType: 'poll', doc: 5 },
      ],
    }
    const { visits, rows } = visitsOf(layout, data)
    expect(visits.map((v) => [v.path, v.fieldPath, v.field.type, v.value])).toEqual([
      ['layout', 'layout', 'blocks', data.layout],
      ['layout.0.doc', 'layout.doc', 'text', 'x'],
      ['layout.2.doc', 'layout.doc', 'relationship', 4],
    ])
    expect(rows.map((row) => [row.path, row.fields?.map((f) => f.type)])).toEqual([
      ['layout.0', ['text']],
      ['layout.1', undefined],
      ['layout.2', ['relationship']],
      ['layout.3', undefined],
    ])
    // Both blocks' fields stand at one config path: a `where` on `layout.doc` reaches either.
    expect(fieldsIn(layout).map((entry) => [entry.fieldPath, entry.field.type])).toEqual([
      ['layout', 'blocks'],
      ['layout.doc', 'relationship'],
      ['layout.doc', 'text'],
      ['meta', 'group'],
      ['meta.title', 'text'],
    ])
  })

  it("leaves a field's contents alone when the visitor says so, and keys that are no field", () => {
    const data = {
      meta: { title: 't' },
      layout: [{ blockType: 'cta', doc: 1 }],
      extra: { title: 'no' },
    }
    const seen: string[] = []
    walkFields(layout, data, {
      field: ({ path, field }) => {
        seen.push(path)
        return field.type !== 'group'
      },
    })
    expect(seen).toEqual(['layout', 'layout.0.doc', 'meta'])
  })

  it('walks nothing in data that is not an object', () => {
    for (const data of [null, 'text', 3, [{ meta: { title: 't' } }]]) {
      expect(visitsOf(layout, data).visits).toEqual([])
    }
  })
})
