import type { CollectionConfig } from 'payload'

import { authenticated } from '@/access'
import { refuseDeletingShownDocuments } from '@/hooks/guardDeletes'
import { guardWrites } from '@/hooks/guardWrites'
import { env } from '@/lib/env'
import { signPreviewToken } from '@/lib/preview/tokens'
import { sharedDocument } from '@/lib/preview/shareLinks'

const WEEK_MS = 7 * 24 * 60 * 60 * 1000
const CLAIM = { guides: 'guide', pages: 'page', releases: 'release' } as const

/**
 * Share links: a reviewer without a CMS login opens one to see a guide's or page's drafts. Each is
 * stored (who, which document, until when) so it can be revoked; the URL carries a signed token.
 */
export const PreviewLinks: CollectionConfig<'preview-links'> = {
  slug: 'preview-links',
  labels: { singular: 'Share link', plural: 'Share links' },
  admin: {
    useAsTitle: 'note',
    defaultColumns: ['note', 'guide', 'page', 'release', 'revoked', 'createdBy', 'url'],
    description:
      'Links that let reviewers without a CMS login see a guide’s or page’s drafts, or a release. Make one from the document’s Share links tab.',
  },
  access: {
    read: authenticated,
    create: authenticated,
    update: authenticated,
    delete: authenticated,
  },
  hooks: { beforeOperation: [guardWrites], beforeDelete: [refuseDeletingShownDocuments] },
  fields: [
    {
      name: 'guide',
      type: 'relationship',
      relationTo: 'guides',
      admin: { condition: (data) => !data?.page && !data?.release },
      validate: (
        value: unknown,
        { siblingData }: { siblingData: { page?: unknown; release?: unknown } },
      ) =>
        [value, siblingData.page, siblingData.release].filter(Boolean).length === 1
          ? true
          : 'A share link is for one guide, one page or one release: choose exactly one.',
    },
    {
      name: 'page',
      type: 'relationship',
      relationTo: 'pages',
      admin: { condition: (data) => !data?.guide && !data?.release },
    },
    {
      name: 'release',
      type: 'relationship',
      relationTo: 'releases',
      admin: {
        condition: (data) => !data?.guide && !data?.page,
        description: 'Shows the release’s content over what is published, on every page.',
      },
    },
    { name: 'note', type: 'text', admin: { description: 'Who it is for, e.g. “Legal review”.' } },
    {
      name: 'expiresAt',
      type: 'date',
      required: true,
      defaultValue: () => new Date(Date.now() + WEEK_MS).toISOString(),
      admin: { date: { pickerAppearance: 'dayAndTime' }, description: 'Defaults to 7 days.' },
      validate: (value: Date | string | null | undefined) =>
        value && new Date(value).getTime() > Date.now() ? true : 'Expiry must be in the future.',
    },
    {
      name: 'revoked',
      type: 'checkbox',
      defaultValue: false,
      admin: {
        description: 'A revoked link stops working at once.',
        // The list's column says "Works until …", "Expired on …" or "Revoked", not `false`.
        components: { Cell: '/src/components/admin/ShareLinkCells#ShareLinkStateCell' },
      },
    },
    {
      name: 'readOnly',
      type: 'checkbox',
      defaultValue: false,
      label: 'Read-only',
      admin: { description: 'The reviewer can read the draft but not comment or approve.' },
    },
    {
      name: 'createdBy',
      type: 'relationship',
      relationTo: 'users',
      admin: { readOnly: true },
      hooks: {
        beforeChange: [
          ({ operation, req, value }): unknown =>
            operation === 'create' && req.user ? req.user.id : (value as unknown),
        ],
      },
    },
    {
      name: 'url',
      type: 'text',
      virtual: true,
      label: 'Share link',
      admin: {
        readOnly: true,
        description: 'Send this to the reviewer.',
        components: {
          Field: '/src/components/admin/ShareLinkCells#ShareLinkUrlField',
          Cell: '/src/components/admin/ShareLinkCells#ShareLinkUrlCell',
        },
      },
      hooks: {
        afterRead: [
          ({ data, req }) => {
            const shared = data ? sharedDocument(data) : undefined
            if (!data?.id || !shared || !data.expiresAt) return undefined
            const token = signPreviewToken(
              {
                link: Number(data.id),
                [CLAIM[shared.relationTo]]: shared.value,
                exp: Math.floor(new Date(data.expiresAt as string).getTime() / 1000),
              },
              req.payload.secret,
            )
            return `${env.SITE_URL}/preview?token=${token}`
          },
        ],
      },
    },
  ],
}
