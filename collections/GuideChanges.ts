import type { CollectionAfterChangeHook, CollectionConfig, FieldAccess, FieldHook } from 'payload'

import { authenticated } from '@/access'
import { refuseDeletingShownDocuments } from '@/hooks/guardDeletes'
import { guardWrites } from '@/hooks/guardWrites'
import { FieldsInvalid } from '@/lib/api/errors'
import { TAGS } from '@/lib/cache/tags'
import { revalidateTags } from '@/lib/cache/revalidate'
import { relationId } from '@/lib/content/relationId'
import type { GuideChange } from '@/payload-types'

const nobody = () => false
const nobodyEdits: FieldAccess = () => false

type Row = Record<string, unknown>
const id = (value: unknown) =>
  value === undefined || value === null ? null : String(relationId(value as number))
/** The locked arrays, and how each row reads as stored: its relationships as ids, empty as null. */
const ROWS: Record<string, (row: Row) => unknown[]> = {
  moves: (row) => [id(row.framework), row.from ?? null, row.to ?? null],
  scoreChanges: (row) => [id(row.framework), id(row.criterion), row.from ?? null, row.to ?? null],
}

/** A locked field's value as stored, however a client spells it: an id or its document, a date. */
function asStored(name: string, value: unknown): string {
  const rows = ROWS[name]
  if (value === undefined || value === null) return rows ? '[]' : 'null'
  if (name === 'guide' || name === 'release') return String(relationId(value as number))
  if (name === 'at' && typeof value === 'string') return String(Date.parse(value) || value)
  if (rows && Array.isArray(value)) {
    return JSON.stringify(
      value.map((row: unknown) => (row && typeof row === 'object' ? rows(row as Row) : row)),
    )
  }
  return JSON.stringify(value)
}

/**
 * An entry records what a publish did, and only publishing writes it (Local API, access
 * overridden). Through any API a person may hide it and nothing else: a change to another field
 * is refused naming it, so no entry can be pointed at a release that was never published (its
 * private note would show as "Reverted: …") or made to say what no publish did. Runs before
 * field access, which would drop the value without a word; an unchanged value (the admin form
 * sends every field) passes.
 */
const refuseEdits: FieldHook<GuideChange, unknown> = ({
  field,
  value,
  previousValue,
  operation,
  overrideAccess,
}) => {
  const { name } = field
  if (overrideAccess || operation !== 'update' || !name) return value
  if (asStored(name, value) === asStored(name, previousValue)) return value
  throw new FieldsInvalid('guide-changes', [
    {
      path: name,
      message:
        'is written by the publish this entry records and cannot be edited: only Hidden can.',
    },
  ])
}
const locked = { access: { update: nobodyEdits }, hooks: { beforeValidate: [refuseEdits] } }

/** Any entry added, hidden or shown again changes what the guide's "What changed" lists. */
const revalidateGuide: CollectionAfterChangeHook<GuideChange> = async ({ doc, req }) => {
  const guide = await req.payload.db.findOne({
    collection: 'guides',
    where: { id: { equals: relationId(doc.guide) } },
    req,
  })
  const slug = (guide as { slug?: string } | null)?.slug
  if (slug) await revalidateTags(req, [TAGS.guide(slug)])
  return doc
}

/**
 * The public changelog of each guide ("What changed", its Markdown twin and Atom feed). Entries are
 * written only by publishes (src/lib/releases/changelog.ts), from the published versions: nothing
 * here is typed. A marketer may hide one, e.g. a typo fix.
 */
export const GuideChanges: CollectionConfig<'guide-changes'> = {
  slug: 'guide-changes',
  labels: { singular: 'Guide change', plural: 'Guide changes' },
  admin: {
    group: 'Releases',
    defaultColumns: ['guide', 'at', 'kind', 'release', 'hidden'],
    description:
      'What readers see under “What changed” on each guide. Tick Hidden to leave one out.',
  },
  // Entries name releases, which readers may not see: the site reads them server-side and shows
  // only the date, the release's public note and the moves.
  access: { read: authenticated, create: nobody, update: authenticated, delete: authenticated },
  defaultSort: '-at',
  hooks: {
    beforeOperation: [guardWrites],
    afterChange: [revalidateGuide],
    beforeDelete: [refuseDeletingShownDocuments],
  },
  fields: [
    {
      name: 'guide',
      type: 'relationship',
      relationTo: 'guides',
      required: true,
      index: true,
      ...locked,
    },
    {
      type: 'row',
      fields: [
        { name: 'at', type: 'date', required: true, admin: { readOnly: true }, ...locked },
        {
          name: 'kind',
          type: 'select',
          required: true,
          defaultValue: 'publish',
          options: [
            { label: 'Published', value: 'publish' },
            { label: 'Reverted', value: 'revert' },
          ],
          admin: { readOnly: true },
          ...locked,
        },
      ],
    },
    {
      name: 'release',
      type: 'relationship',
      relationTo: 'releases',
      admin: { readOnly: true },
      ...locked,
    },
    {
      name: 'moves',
      type: 'array',
      admin: { readOnly: true, description: 'Derived from the published rankings.' },
      ...locked,
      fields: [
        { name: 'framework', type: 'relationship', relationTo: 'frameworks', required: true },
        {
          type: 'row',
          fields: [
            { name: 'from', type: 'number', admin: { description: 'Empty: newly ranked.' } },
            { name: 'to', type: 'number', admin: { description: 'Empty: left the ranking.' } },
          ],
        },
      ],
    },
    {
      name: 'scoreChanges',
      type: 'array',
      admin: {
        readOnly: true,
        description:
          'Derived from the published scorecards: a score (entry and criterion) or, with no entry, a criterion’s weight.',
      },
      ...locked,
      fields: [
        { name: 'framework', type: 'relationship', relationTo: 'frameworks' },
        { name: 'criterion', type: 'relationship', relationTo: 'criteria', required: true },
        {
          type: 'row',
          fields: [
            { name: 'from', type: 'number', admin: { description: 'Empty: not scored before.' } },
            { name: 'to', type: 'number', admin: { description: 'Empty: no longer scored.' } },
          ],
        },
      ],
    },
    {
      name: 'hidden',
      type: 'checkbox',
      defaultValue: false,
      admin: { position: 'sidebar', description: 'Leave this change out of the public list.' },
    },
  ],
}
