// The link collector (src/lib/content/linkTargets.ts) on generated configs: a link field or a rich
// text link (at any list depth) sits under any nesting of groups, named and unnamed tabs, rows,
// arrays and blocks, beside rows and blocks that hold none. Checked against the expected target and
// against the collector this one replaced, which walked any object of the data by its shape.
import fc from 'fast-check'
import { flattenAllFields, type Field } from 'payload'
import { describe, expect, it } from 'vitest'

import { linkFields } from '@/fields/link'
import { linkTargetsIn } from '@/lib/content/linkTargets'
import { linkKey, targetOf, type LinkTarget } from '@/lib/content/links'

type Step = 'group' | 'namedTab' | 'unnamedTab' | 'row' | 'array' | 'blocks'
type Leaf = { kind: 'linkField' } | { kind: 'richText'; listDepth: number; copies: number }
type Placement = { steps: Step[]; leaf: Leaf; target: LinkTarget }
type Built = { fields: Field[]; data: Record<string, unknown> }

const placements = fc.record({
  steps: fc.array(
    fc.constantFrom<Step>('group', 'namedTab', 'unnamedTab', 'row', 'array', 'blocks'),
    { maxLength: 6 },
  ),
  leaf: fc.oneof(
    fc.constant({ kind: 'linkField' as const }),
    fc.record({
      kind: fc.constant('richText' as const),
      listDepth: fc.nat(8),
      copies: fc.integer({ min: 1, max: 3 }),
    }),
  ),
  target: fc.record({
    relationTo: fc.constantFrom('guides' as const, 'pages' as const),
    value: fc.integer({ min: 1, max: 5 }),
  }),
})

const paragraph = (...children: unknown[]) => ({ type: 'paragraph', children })
const linkNode = (doc: unknown) => ({
  type: 'link',
  fields: { linkType: 'internal', doc, newTab: false },
  children: [{ type: 'text', text: 'here' }],
})

/** `inner` inside `depth` nested lists, beside an item without links at each level. */
const inLists = (inner: unknown, depth: number): unknown =>
  depth === 0
    ? inner
    : {
        type: 'list',
        children: [
          { type: 'listitem', children: [{ type: 'text', text: 'plain' }] },
          { type: 'listitem', children: [inLists(inner, depth - 1)] },
        ],
      }

function leafOf({ leaf, target }: Placement, name: () => string): Built {
  if (leaf.kind === 'linkField') {
    return { fields: linkFields(), data: { linkType: 'internal', doc: { ...target }, url: null } }
  }
  const links = Array.from({ length: leaf.copies }, () => linkNode({ ...target }))
  const body = name()
  const root = {
    type: 'root',
    children: [paragraph(), inLists(paragraph(...links), leaf.listDepth)],
  }
  return { fields: [{ name: body, type: 'richText' }], data: { [body]: { root } } }
}

function wrap(step: Step, { fields, data }: Built, name: () => string): Built {
  const key = name()
  switch (step) {
    case 'group':
      return { fields: [{ name: key, type: 'group', fields }], data: { [key]: data } }
    case 'namedTab':
      return { fields: [{ type: 'tabs', tabs: [{ name: key, fields }] }], data: { [key]: data } }
    case 'unnamedTab':
      return { fields: [{ type: 'tabs', tabs: [{ label: key, fields }] }], data }
    case 'row':
      return { fields: [{ type: 'row', fields }], data }
    case 'array':
      return {
        fields: [{ name: key, type: 'array', fields }],
        data: { [key]: [{ id: 'empty' }, data, {}] },
      }
    case 'blocks':
      return {
        fields: [
          {
            name: key,
            type: 'blocks',
            blocks: [
              { slug: 'plain', fields: [{ name: 'note', type: 'text' }] },
              { slug: 'holder', fields },
            ],
          },
        ],
        data: {
          [key]: [
            { blockType: 'plain', note: 'x' },
            { blockType: 'holder', ...data },
          ],
        },
      }
  }
}

/** One document holding every placement, each under its own fields, names unique. */
function documentOf(all: Placement[]): Built {
  let count = 0
  const name = () => `f${count++}`
  const built = all.map((placement) =>
    placement.steps.reduceRight((inner, step) => wrap(step, inner, name), leafOf(placement, name)),
  )
  // Link fields whose data sits at the top (under rows and unnamed tabs only) would share their
  // names: the first of them stays.
  const atTop = (placement: Placement) =>
    placement.leaf.kind === 'linkField' &&
    placement.steps.every((step) => step === 'row' || step === 'unnamedTab')
  const first = all.findIndex(atTop)
  return built.reduce<Built>(
    (doc, part, index) =>
      atTop(all[index]!) && index !== first
        ? doc
        : { fields: [...doc.fields, ...part.fields], data: { ...doc.data, ...part.data } },
    { fields: [], data: {} },
  )
}

/** The collector before issue 21: any object anywhere with `linkType: 'internal'`, by shape. */
function byShape(data: unknown): LinkTarget[] {
  const found = new Map<string, LinkTarget>()
  const visit = (value: unknown) => {
    if (Array.isArray(value)) return value.forEach(visit)
    if (typeof value !== 'object' || value === null) return
    const object = value as Record<string, unknown>
    const target = object.linkType === 'internal' ? targetOf(object.doc) : undefined
    if (target) found.set(linkKey(target.relationTo, target.value), target)
    for (const [key, child] of Object.entries(object)) if (key !== 'doc') visit(child)
  }
  visit(data)
  return [...found.values()]
}

describe('the link collector, by fields, at any depth', () => {
  it('finds a link nested anywhere exactly once, however often it is repeated there', () => {
    fc.assert(
      fc.property(placements, (placement) => {
        const { fields, data } = documentOf([placement])
        expect(linkTargetsIn(flattenAllFields({ fields }), data)).toEqual([placement.target])
      }),
    )
  })

  it('finds what the walk by shape found, in the same order, in documents of several links', () => {
    fc.assert(
      fc.property(fc.array(placements, { minLength: 1, maxLength: 4 }), (all) => {
        const { fields, data } = documentOf(all)
        const found = linkTargetsIn(flattenAllFields({ fields }), data)
        expect(found).toEqual(byShape(data))
        expect(new Set(found.map((t) => linkKey(t.relationTo, t.value))).size).toBe(found.length)
      }),
    )
  })

  it('reads links only where a field holds them', () => {
    const fields = flattenAllFields({ fields: [{ name: 'title', type: 'text' }] })
    const elsewhere = { linkType: 'internal', doc: { relationTo: 'pages', value: 1 } }
    // A key no field names (a join's populated documents) holds other documents' links.
    expect(
      linkTargetsIn(fields, { title: 'x', linkedFrom: { docs: [{ cta: elsewhere }] } }),
    ).toEqual([])
    expect(linkTargetsIn(fields, { title: elsewhere })).toEqual([])
  })
})
