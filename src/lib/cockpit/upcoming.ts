import type { Payload } from 'payload'

import { sharedDocument } from '@/lib/preview/shareLinks'
import type { User } from '@/payload-types'

import { titleField, WATCHED, type Watched } from './changes'

const HOURS_48 = 48 * 60 * 60 * 1000

export type Scheduled = {
  id: number | string
  action: 'publish' | 'unpublish'
  collection: string
  docId?: number
  title: string
  at: string
}

export type OpenShareLink = {
  id: number
  note?: string
  document?: { collection: 'guides' | 'pages' | 'releases'; id: number; title: string }
  expiresAt: string
  expiresSoon: boolean
  by?: string
}

type JobInput = { type?: string; doc?: { relationTo?: string; value?: string }; global?: string }

/** Publishes and unpublishes scheduled from the admin's "Schedule Publish", not yet run. */
export async function scheduledPublishes(payload: Payload, user: User): Promise<Scheduled[]> {
  // payload-jobs is closed to every user (Payload's default access); the admin's schedule drawer
  // reads it on the server too. Titles below are read with the user's own access.
  const { docs } = await payload.find({
    collection: 'payload-jobs',
    where: {
      taskSlug: { equals: 'schedulePublish' },
      completedAt: { exists: false },
      hasError: { not_equals: true },
    },
    sort: 'waitUntil',
    depth: 0,
    limit: 50,
  })
  return Promise.all(
    docs.map(async (job): Promise<Scheduled> => {
      const input = (job.input ?? {}) as JobInput
      const collection = input.doc?.relationTo ?? input.global ?? '?'
      const docId = input.doc?.value ? Number(input.doc.value) : undefined
      return {
        id: job.id,
        action: input.type === 'unpublish' ? 'unpublish' : 'publish',
        collection,
        docId,
        title: await titleOf(payload, user, collection, docId),
        at: job.waitUntil ?? job.createdAt,
      }
    }),
  )
}

async function titleOf(payload: Payload, user: User, collection: string, id?: number) {
  if (id === undefined || !(WATCHED as readonly string[]).includes(collection)) return collection
  const field = titleField(payload, collection as Watched)
  const { docs } = await payload.find({
    collection: collection as 'guides',
    where: { id: { equals: id } },
    draft: true,
    depth: 0,
    limit: 1,
    select: { [field]: true } as never,
    user,
    overrideAccess: false,
  })
  const title = (docs[0] as Record<string, unknown> | undefined)?.[field]
  return typeof title === 'string' ? title : `${collection} #${id}`
}

/** Share links that still open (neither revoked nor expired), soonest to expire first. */
export async function openShareLinks(payload: Payload, user: User): Promise<OpenShareLink[]> {
  const now = Date.now()
  const { docs } = await payload.find({
    collection: 'preview-links',
    where: {
      revoked: { not_equals: true },
      expiresAt: { greater_than: new Date(now).toISOString() },
    },
    sort: 'expiresAt',
    depth: 1,
    limit: 50,
    select: {
      note: true,
      guide: true,
      page: true,
      release: true,
      expiresAt: true,
      createdBy: true,
    },
    populate: {
      guides: { title: true },
      pages: { title: true },
      releases: { name: true },
      users: { email: true },
    },
    user,
    overrideAccess: false,
  })
  return docs.map((link) => {
    const shared = sharedDocument(link)
    const target =
      shared?.relationTo === 'releases'
        ? typeof link.release === 'object' && link.release
          ? { title: link.release.name }
          : null
        : shared?.relationTo === 'pages'
          ? link.page
          : link.guide
    return {
      id: link.id,
      note: link.note ?? undefined,
      document: shared && {
        collection: shared.relationTo,
        id: shared.value,
        title: typeof target === 'object' && target ? target.title : `#${shared.value}`,
      },
      expiresAt: link.expiresAt,
      expiresSoon: new Date(link.expiresAt).getTime() - now < HOURS_48,
      by: typeof link.createdBy === 'object' && link.createdBy ? link.createdBy.email : undefined,
    }
  })
}
