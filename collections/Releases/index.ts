import type { CollectionConfig, Field, FieldHook } from 'payload'

import { authenticated } from '@/access'
import { approvalFields } from '@/fields/approval'
import { reviewSummaryField, reviewTab } from '@/fields/review'
import { reviewCommentsOnDelete } from '@/fields/reviewCommentsOnDelete'
import { deleteReviewComments } from '@/hooks/deleteReviewComments'
import { refuseDeletingShownDocuments } from '@/hooks/guardDeletes'
import { guardWrites } from '@/hooks/guardWrites'
import { requireApproval } from '@/hooks/requireApproval'
import { releaseEndpoints } from '@/lib/releases/endpoints'
import { RELEASABLE, RELEASABLE_GLOBALS } from '@/lib/releases/versions'

import { captureItems, compareUrls, globalState, itemState, scheduleRelease } from './hooks'

/** What a row of the release captured, and how it compares with what was saved since. */
const capturedFields = (state: FieldHook): Field[] => [
  {
    type: 'row',
    fields: [
      {
        name: 'version',
        type: 'number',
        admin: { readOnly: true, description: 'The version captured.' },
      },
      { name: 'addedAt', type: 'date', admin: { readOnly: true } },
      {
        name: 'previousVersion',
        type: 'number',
        admin: {
          readOnly: true,
          description: 'What was published before (empty: nothing). A revert restores it.',
        },
      },
      {
        name: 'publishedVersion',
        type: 'number',
        admin: {
          readOnly: true,
          description:
            'The version the release put live. A revert is refused once the document has moved on from it.',
        },
      },
    ],
  },
  {
    name: 'state',
    type: 'text',
    virtual: true,
    admin: { readOnly: true },
    hooks: { afterRead: [state] },
  },
  {
    // Set by the collection's afterRead hook (compareUrls), after every field hook.
    name: 'compare',
    type: 'text',
    virtual: true,
    admin: {
      readOnly: true,
      components: { Field: '@/components/admin/CompareLink#CompareLink' },
    },
  },
]

/**
 * A named set of drafts across guides, pages, frameworks, criteria, caveats and the navigation
 * (the header and footer globals) that ships as one:
 * published in one transaction, reverted as one, scheduled as one (src/lib/releases). Readers
 * never see a release; its public note appears in the guides' "What changed".
 */
export const Releases: CollectionConfig<'releases'> = {
  slug: 'releases',
  admin: {
    group: 'Releases',
    useAsTitle: 'name',
    defaultColumns: ['name', 'status', 'publishAt', 'publishedAt', 'updatedAt'],
    description:
      'Changes across several documents that go live together, and can be reverted together.',
    livePreview: {
      url: ({ data }) => (data.id ? `/preview?release=${String(data.id)}&path=%2F` : null),
    },
    components: { edit: { editMenuItems: [reviewCommentsOnDelete('releases')] } },
  },
  access: {
    read: authenticated,
    create: authenticated,
    update: authenticated,
    delete: authenticated,
  },
  endpoints: releaseEndpoints,
  hooks: {
    beforeOperation: [guardWrites],
    beforeChange: [captureItems, requireApproval],
    afterChange: [scheduleRelease],
    afterRead: [compareUrls],
    beforeDelete: [refuseDeletingShownDocuments, deleteReviewComments],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 120 },
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Release',
          fields: [
            {
              name: 'note',
              type: 'textarea',
              maxLength: 500,
              admin: {
                description:
                  'Public: shown with the date under “What changed” on the guides it changes, and in their feeds. Leave empty for a change readers need not hear about.',
              },
            },
            {
              name: 'actions',
              type: 'ui',
              admin: { components: { Field: '@/components/admin/ReleaseActions#ReleaseActions' } },
            },
            {
              name: 'items',
              type: 'array',
              labels: { singular: 'Document', plural: 'Documents' },
              // Versions beyond the newest 100 of a document are pruned; a release is a handful of them.
              maxRows: 100,
              admin: {
                components: { RowLabel: '/src/components/admin/ReleaseItemLabel#ReleaseItemLabel' },
                description:
                  'Each document’s newest version is captured when it is added. Edit the document as usual; if it changes after that, its row says so.',
              },
              fields: [
                { name: 'doc', type: 'relationship', relationTo: [...RELEASABLE], required: true },
                {
                  // The reference as text: deleting the document empties `doc`, and the row still says
                  // what it was (collections/Releases/hooks.ts keeps it in step with `doc`).
                  name: 'was',
                  type: 'text',
                  admin: {
                    readOnly: true,
                    description: 'What the row held, kept if it is deleted.',
                  },
                },
                ...capturedFields(itemState as FieldHook),
              ],
            },
            {
              name: 'globals',
              type: 'array',
              label: 'Navigation',
              labels: { singular: 'Setting', plural: 'Settings' },
              maxRows: RELEASABLE_GLOBALS.length,
              admin: {
                description:
                  'The header or the footer, captured like a document: save it as a draft, then add it here.',
              },
              fields: [
                {
                  name: 'global',
                  type: 'select',
                  required: true,
                  options: RELEASABLE_GLOBALS.map((value) => ({
                    value,
                    label: value === 'header' ? 'Header & navigation' : 'Footer',
                  })),
                },
                ...capturedFields(globalState as FieldHook),
              ],
            },
          ],
        },
        reviewTab(),
      ],
    },
    {
      name: 'publishAt',
      type: 'date',
      admin: {
        position: 'sidebar',
        date: { pickerAppearance: 'dayAndTime' },
        description: 'Set it to schedule the release; clear it to unschedule.',
      },
    },
    {
      name: 'status',
      type: 'select',
      // Never missing: the release's hooks and actions set it (collections/Releases/hooks.ts).
      defaultValue: 'open',
      options: ['open', 'scheduled', 'failed', 'published', 'reverted'],
      admin: { position: 'sidebar', readOnly: true },
    },
    {
      // Why a scheduled publish did not happen: shown here and in the cockpit, cleared by the
      // next schedule or publish. The job does not retry what would fail the same way again.
      name: 'failure',
      type: 'textarea',
      admin: {
        position: 'sidebar',
        readOnly: true,
        condition: (data) => Boolean(data?.failure),
      },
    },
    { name: 'publishedAt', type: 'date', admin: { position: 'sidebar', readOnly: true } },
    { name: 'revertedAt', type: 'date', admin: { position: 'sidebar', readOnly: true } },
    reviewSummaryField,
    ...approvalFields,
  ],
}
