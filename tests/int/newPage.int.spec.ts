import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seededGuide, signedInAs } from '../helpers/payload'
import { paragraph } from '../helpers/richText'
import { rest } from '../helpers/routes'

// A marketer creates a page in the admin and types its title. The admin first creates an empty
// draft (Payload's Document view, for a collection with autosave), then autosaves the form as
// multipart `_payload` JSON, where a blocks field with no blocks is the number 0. That 0 was
// refused, so the title was never stored while the header said "Last saved".

let payload: Payload
let admin: { id: number; token: string }
let editor: { id: number; token: string }
const made: number[] = []

beforeAll(async () => {
  ;({ payload } = await seededGuide())
  // On an empty site the first account becomes an admin, whatever its role says.
  admin = await signedInAs(payload, 'admin', 'new-page-admin')
  editor = await signedInAs(payload, 'editor', 'new-page')
})

afterAll(async () => {
  for (const id of made) await payload.delete({ collection: 'pages', id, overrideAccess: true })
  for (const user of [editor, admin]) {
    if (user) await payload.delete({ collection: 'users', id: user.id })
  }
})

const unique = () => Math.random().toString(36).slice(2, 8)

/** The body as the admin's form submits it: multipart form data with the JSON in `_payload`. */
async function asAdminForm(data: Record<string, unknown>) {
  const form = new FormData()
  form.append('_payload', JSON.stringify(data))
  const encoded = new Response(form)
  return {
    raw: new Uint8Array(await encoded.arrayBuffer()),
    contentType: encoded.headers.get('content-type')!,
  }
}

const newest = (id: number) =>
  payload.findByID({ collection: 'pages', id, draft: true, depth: 0, overrideAccess: true })

async function emptyDraft(): Promise<number> {
  const created = await rest('POST', 'pages?draft=true&depth=0', { token: editor.token, body: {} })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const id = (created.body.doc as { id: number }).id
  made.push(id)
  return id
}

describe('a new page saved with only a title', () => {
  it('keeps its title and gets its slug when autosave sends the empty layout as 0', async () => {
    const id = await emptyDraft()
    const title = `About us ${unique()}`
    const reply = await rest('PATCH', `pages/${id}?autosave=true&depth=0&draft=true`, {
      token: editor.token,
      ...(await asAdminForm({ title, slug: '', dek: '', layout: 0, _status: 'draft' })),
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    const page = await newest(id)
    expect(page.title).toBe(title)
    expect(page.slug).toBe(title.toLowerCase().replaceAll(' ', '-'))
    expect(page.layout ?? []).toEqual([])
  })

  it('saves as a draft over REST with no block, layout 0 or left out', async () => {
    for (const layout of [0, undefined]) {
      const title = `Contact ${unique()}`
      const reply = await rest('POST', 'pages?draft=true&depth=0', {
        token: editor.token,
        body: { title, layout, _status: 'draft' },
      })
      expect(reply.status, JSON.stringify(reply.body)).toBe(201)
      const { id } = reply.body.doc as { id: number }
      made.push(id)
      expect((await newest(id)).title, String(layout)).toBe(title)
    }
  })

  it('still refuses a layout that is not a list or 0, naming the field, storing nothing', async () => {
    const id = await emptyDraft()
    const before = JSON.stringify(await newest(id))
    for (const layout of [1, -0.5, '0', 'blocks', { blockType: 'prose' }, true]) {
      const reply = await rest('PATCH', `pages/${id}?autosave=true&depth=0&draft=true`, {
        token: editor.token,
        ...(await asAdminForm({ title: 'Refused', layout, _status: 'draft' })),
      })
      type Refusal = { data?: { errors?: { path: string; message: string }[] } }
      const [refusal] = (reply.body.errors ?? []) as Refusal[]
      expect(reply.status, JSON.stringify(layout)).toBe(400)
      const problem = refusal?.data?.errors?.[0]
      expect(problem?.path, JSON.stringify(layout)).toBe('layout')
      expect(problem?.message).toMatch(/^must be a list/)
    }
    expect(JSON.stringify(await newest(id))).toBe(before)
  })
})

describe('the slug of a new page follows its title until the page is published', () => {
  const autosave = async (id: number, data: Record<string, unknown>) => {
    const reply = await rest('PATCH', `pages/${id}?autosave=true&depth=0&draft=true`, {
      token: editor.token,
      ...(await asAdminForm({ layout: 0, _status: 'draft', ...data })),
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    return (await newest(id)).slug
  }

  it('an autosave mid-typing does not fix the slug at the first letters', async () => {
    const id = await emptyDraft()
    const word = `team${unique()}`
    // The form sends back the slug the previous autosave derived.
    const early = await autosave(id, { title: 'Ab', slug: '' })
    expect(early).toBe('ab')
    expect(await autosave(id, { title: `About our ${word}`, slug: early })).toBe(
      `about-our-${word}`,
    )
  })

  it('a slug typed by hand stays, and so does a published address when the title changes', async () => {
    const id = await emptyDraft()
    const word = unique()
    expect(await autosave(id, { title: `Pricing ${word}`, slug: `plans-${word}` })).toBe(
      `plans-${word}`,
    )
    expect(await autosave(id, { title: `Prices ${word}`, slug: `plans-${word}` })).toBe(
      `plans-${word}`,
    )

    const published = await emptyDraft()
    const title = `Careers ${word}`
    const slug = `careers-${word}`
    const publish = await rest('PATCH', `pages/${published}?depth=0`, {
      token: editor.token,
      body: {
        title,
        slug,
        layout: [{ blockType: 'prose', content: paragraph('Join us.') }],
        _status: 'published',
      },
    })
    expect(publish.status, JSON.stringify(publish.body)).toBe(200)
    const draft = { slug, layout: [{ blockType: 'prose', content: paragraph('Join us.') }] }
    expect(await autosave(published, { ...draft, title: `Jobs ${word}` })).toBe(slug)
  })
})
