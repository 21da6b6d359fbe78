import type { CollectionConfig } from 'payload'

import { editorialAccess } from '@/access'
import { addToReleaseField } from '@/fields/addToRelease'
import { approvalFields } from '@/fields/approval'
import { checksSummaryField, checksTab } from '@/fields/checks'
import { reviewSummaryField, reviewTab } from '@/fields/review'
import { updatedByField } from '@/fields/updatedBy'
import { editorialVersions, previewAt } from '@/fields/versions'
import { linkFields } from '@/fields/link'
import { linksToField } from '@/fields/linksTo'
import { richTextField } from '@/fields/richText'
import { reviewCommentsOnDelete } from '@/fields/reviewCommentsOnDelete'
import { slugField } from '@/fields/slug'
import { linksTab, seoTab, shareTab } from '@/fields/tabs'
import { deleteReviewComments } from '@/hooks/deleteReviewComments'
import { deleteShareLinks } from '@/hooks/deleteShareLinks'
import { refuseDeletingShownDocuments } from '@/hooks/guardDeletes'
import { guardWrites } from '@/hooks/guardWrites'
import { sayPublished } from '@/hooks/sayPublished'
import { keepEditLockOnAutosave } from '@/hooks/keepEditLockOnAutosave'
import { notePublishedAddress } from '@/hooks/notePublishedAddress'
import { recordLinks } from '@/hooks/recordLinks'
import { requireApproval } from '@/hooks/requireApproval'
import { warnBeforeUnlinking } from '@/hooks/warnBeforeUnlinking'

import { checkGuideScorecard } from './hooks/checkScorecard'
import { notePublishedRanking } from './hooks/notePublishedRanking'
import { recordRankMoves } from './hooks/recordRankMoves'
import { redirectRenamedGuide } from './hooks/redirectRenamedGuide'
import { requireChecks } from './hooks/requireChecks'
import { revalidateDeletedGuide } from './hooks/revalidateDeletedGuide'
import { revalidateGuide } from './hooks/revalidateGuide'
import { uniqueFrameworks } from './validate'

const label = (name: string, defaultValue: string) =>
  ({ name, type: 'text', required: true, defaultValue }) as const

export const Guides: CollectionConfig<'guides'> = {
  slug: 'guides',
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'slug', '_status', 'updatedAt'],
    ...previewAt((slug) => `/guides/${slug}`),
    components: { edit: { editMenuItems: [reviewCommentsOnDelete('guides')] } },
  },
  access: editorialAccess,
  versions: editorialVersions,
  // In this order: notePublishedRanking reads the row notePublishedAddress noted, and the
  // afterChange hooks compare with it (src/hooks/addressChange.ts). requireChecks runs after
  // recordLinks: a refused publish stores nothing either way, but the checks read links as saved.
  hooks: {
    beforeOperation: [guardWrites],
    afterOperation: [sayPublished],
    beforeChange: [
      checkGuideScorecard,
      recordLinks,
      requireChecks,
      requireApproval,
      notePublishedAddress,
      notePublishedRanking,
    ],
    afterChange: [
      keepEditLockOnAutosave,
      warnBeforeUnlinking,
      redirectRenamedGuide,
      revalidateGuide,
      recordRankMoves,
    ],
    beforeDelete: [refuseDeletingShownDocuments, deleteShareLinks, deleteReviewComments],
    afterDelete: [revalidateDeletedGuide],
  },
  fields: [
    { name: 'title', type: 'text', required: true },
    slugField('title', { addressPrefix: '/guides/' }),
    {
      type: 'tabs',
      tabs: [
        {
          label: 'Intro',
          fields: [
            label('updatedLabel', 'Updated'),
            {
              name: 'dek',
              type: 'textarea',
              required: true,
              label: 'Summary under the title',
            },
          ],
        },
        {
          label: 'Criteria',
          fields: [
            {
              name: 'criteriaSection',
              type: 'group',
              label: false,
              fields: [
                label('heading', 'The criteria'),
                richTextField('intro'),
                {
                  name: 'criteria',
                  type: 'relationship',
                  relationTo: 'criteria',
                  hasMany: true,
                  admin: { description: 'In the order readers see them. Drag to reorder.' },
                },
                richTextField('outro', { admin: { description: 'Shown after the criteria.' } }),
              ],
            },
          ],
        },
        {
          label: 'Ranking',
          fields: [
            {
              name: 'ranking',
              type: 'array',
              minRows: 1,
              labels: { singular: 'Entry', plural: 'Entries' },
              admin: {
                description: 'Position is rank: the first row is #1. Drag to reorder.',
                // Rows read "#1 jerrycan", not "Entry 01".
                components: { RowLabel: '/src/components/admin/RankingRowLabel#RankingRowLabel' },
              },
              validate: uniqueFrameworks,
              fields: [
                {
                  name: 'framework',
                  type: 'relationship',
                  relationTo: 'frameworks',
                  required: true,
                },
              ],
            },
            {
              name: 'tableLabels',
              type: 'group',
              label: 'Ranking table: column headings',
              admin: {
                description:
                  'The words at the top of each column, the same for every row. What a framework’s row says (its “Best for”, language…) is edited with “Edit … public fields” on its ranking row above.',
              },
              fields: [
                {
                  type: 'row',
                  fields: [
                    { ...label('rank', '#'), label: 'Rank column heading' },
                    { ...label('framework', 'Framework'), label: 'Framework column heading' },
                    { ...label('language', 'Language'), label: 'Language column heading' },
                    { ...label('buildModel', 'Build model'), label: 'Build model column heading' },
                    { ...label('bestFor', 'Best for'), label: '“Best for” column heading' },
                  ],
                },
                { ...label('caption', 'The ranking at a glance'), label: 'Table caption' },
              ],
            },
            {
              ...label('declaredBiasLabel', 'Declared bias: this is our framework'),
              admin: { description: 'Shown on entries marked as ours (“declared bias”).' },
            },
            richTextField('crossLink', {
              admin: { description: 'A callout after the table that points to a related guide.' },
            }),
          ],
        },
        {
          label: 'Scorecard',
          description:
            'Each entry scored 0–10 on each criterion, the editorial weight (0–5) of each criterion, and what readers see of it.',
          fields: [
            {
              name: 'scorecardSection',
              type: 'group',
              label: false,
              fields: [
                {
                  name: 'scorecard',
                  type: 'json',
                  label: 'Scores and weights',
                  admin: {
                    components: { Field: '/src/components/admin/ScoreGrid#ScoreGrid' },
                    description:
                      'Publishing needs every score and weight. The page marks an entry ranked away from its weighted-score place; its public note says why.',
                  },
                },
                {
                  name: 'position',
                  type: 'select',
                  required: true,
                  defaultValue: 'afterRanking',
                  admin: { description: 'Where the scorecard and the winners by weight appear.' },
                  options: [
                    { label: 'After the criteria', value: 'afterCriteria' },
                    { label: 'After the ranking table', value: 'afterRanking' },
                    { label: 'Before the caveats', value: 'beforeCaveats' },
                  ],
                },
                label('heading', 'How each entry scores'),
                { name: 'intro', type: 'textarea', maxLength: 600 },
                label('caption', 'Scores out of 10 on each criterion, and the weighted score'),
                label('totalLabel', 'Weighted score'),
                label('rationaleLabel', 'Why'),
                label('reviewedLabel', 'Last reviewed'),
                label('differenceLabel', 'Ranked apart from its score'),
                label('winnersHeading', 'Which weights produce which winners'),
                label('editorialWeightsLabel', 'Our weights'),
                label('equalWeightsLabel', 'All criteria equal'),
                label('dominantLabel', 'counts triple'),
                label('tieLabel', 'tied; broken by our editorial rank'),
                label('readerHeading', 'Rank with your own weights'),
                label('applyLabel', 'Re-rank'),
                label('ownWeightingLabel', 'You are looking at your own weighting, not ours.'),
                label('backLabel', 'Back to our ranking'),
              ],
            },
          ],
        },
        {
          label: 'Caveats & CTA',
          fields: [
            {
              name: 'caveatsSection',
              type: 'group',
              label: 'Caveats',
              fields: [
                label('heading', 'The honest caveats on #1'),
                { name: 'caveats', type: 'relationship', relationTo: 'caveats', hasMany: true },
              ],
            },
            {
              name: 'cta',
              type: 'group',
              label: 'Call to action',
              fields: [
                { name: 'heading', type: 'text', required: true },
                { name: 'text', type: 'textarea' },
                { name: 'linkLabel', type: 'text' },
                ...linkFields({ defaultType: 'custom' }),
              ],
            },
          ],
        },
        {
          label: 'What changed',
          fields: [
            {
              name: 'changesSection',
              type: 'group',
              label: false,
              admin: {
                description:
                  'Published changes, newest first, from releases and ranking publishes. Hide one under Guide changes.',
              },
              fields: [
                label('heading', 'What changed'),
                { name: 'intro', type: 'textarea', maxLength: 500 },
                {
                  name: 'position',
                  type: 'select',
                  required: true,
                  defaultValue: 'end',
                  options: [
                    { label: 'After the ranking', value: 'afterRanking' },
                    { label: 'After the caveats', value: 'afterCaveats' },
                    { label: 'At the end', value: 'end' },
                  ],
                },
                { name: 'limit', type: 'number', required: true, defaultValue: 5, min: 1, max: 50 },
                label('revertedLabel', 'Reverted'),
                label('feedLabel', 'Follow these changes (Atom feed)'),
              ],
            },
          ],
        },
        shareTab('guide', 'guide'),
        linksTab(),
        seoTab('dek'),
        checksTab({ required: true }),
        reviewTab(),
        {
          label: 'Readers',
          fields: [
            {
              name: 'readers',
              type: 'ui',
              admin: { components: { Field: '/src/components/admin/ReadersPanel#ReadersPanel' } },
            },
          ],
        },
      ],
    },
    linksToField,
    updatedByField,
    addToReleaseField,
    checksSummaryField,
    reviewSummaryField,
    ...approvalFields,
  ],
}
