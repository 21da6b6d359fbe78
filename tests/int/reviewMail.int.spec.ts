import { randomBytes } from 'node:crypto'

import config from '@payload-config'
import {
  getPayload,
  type EmailAdapter,
  type Payload,
  type SanitizedConfig,
  type SendEmailOptions,
} from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { relationId } from '@/lib/content/relationId'
import { env } from '@/lib/env'
import { submitReview } from '@/lib/review/submit'
import type { Guide } from '@/payload-types'

import { seededGuide, signedInAs } from '../helpers/payload'
import { commentCount, draftGuide, shareLink } from '../helpers/review'
import { rest } from '../helpers/routes'

// A reviewer's comment or verdict through /review is mailed to the document's last editors (who
// saved its newest versions) once it is stored, through Payload's e-mail adapter: here a real one
// that keeps what it is given, on a Payload of the app's config sharing the test database. A mail
// that fails never fails the reviewer's request; without an adapter Payload logs the mail.

const suffix = randomBytes(4).toString('hex')
const sent: SendEmailOptions[] = []
let failing = false
const recording: EmailAdapter = () => ({
  name: 'recording',
  defaultFromAddress: 'cms@example.com',
  defaultFromName: 'Guide CMS',
  sendEmail: (message) => {
    if (failing) return Promise.reject(new Error('the mail server is down'))
    sent.push(message)
    return Promise.resolve()
  },
})
const logged: string[] = []

let payload: Payload
let mailing: Payload
let unconfigured: Payload
let guide: Guide
const editors: { id: number; email: string; token: string }[] = []
const users: number[] = []

beforeAll(async () => {
  const seeded = await seededGuide()
  payload = seeded.payload
  const base = await config
  mailing = await getPayload({
    key: `review-mail-${suffix}`,
    config: { ...base, email: recording },
  })
  // The app's config has no e-mail adapter: Payload's own console one stands in.
  const toLog = {
    options: { level: 'info' },
    destination: { write: (line: string) => logged.push(line) },
  } as unknown as SanitizedConfig['logger']
  unconfigured = await getPayload({
    key: `review-mail-console-${suffix}`,
    config: { ...base, logger: toLog },
  })
  const framework = relationId(seeded.guide.ranking![0]!.framework)
  guide = await draftGuide(payload, `Mailed ${suffix}`, framework)
  // Two editors save drafts of it, the second last; an admin never touches it. (The admin first:
  // on an empty database the first account is always an admin.)
  for (const [role, label] of [
    ['admin', 'bystander'],
    ['editor', 'first-editor'],
    ['editor', 'last-editor'],
  ] as const) {
    const user = await signedInAs(payload, role, `${label}-${suffix}`)
    users.push(user.id)
    editors.push(user)
  }
  for (const editor of editors.slice(1)) {
    const saved = await rest('PATCH', `guides/${guide.id}?draft=true`, {
      token: editor.token,
      body: { dek: `Dek by ${editor.email}`, _status: 'draft' },
    })
    expect(saved.status, JSON.stringify(saved.body)).toBe(200)
  }
})

afterAll(async () => {
  await payload.delete({ collection: 'guides', id: guide.id })
  await payload.delete({ collection: 'users', where: { id: { in: users } } })
})

/** POST /review as the route does it, answered by `on`. */
async function post(on: Payload, fields: Record<string, string>) {
  const response = await submitReview(
    new Request(new URL('/review', env.SITE_URL), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: env.SITE_URL },
      body: JSON.stringify(fields),
    }),
    on,
  )
  return { status: response.status, json: (await response.json()) as Record<string, unknown> }
}

/** The mail is sent after the reply: waits for the `count`th. */
async function mailNumber(count: number): Promise<SendEmailOptions> {
  for (let waited = 0; sent.length < count && waited < 10_000; waited += 50) {
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  expect(sent.length).toBeGreaterThanOrEqual(count)
  return sent[count - 1]!
}

describe('mail to the last editors', () => {
  it('a reviewer’s comment is mailed to the editors who saved the draft, the latest first, and to nobody else', async () => {
    const { token } = await shareLink(payload, guide.id, { note: `Legal ${suffix}` })
    const body = `The Django sentence is wrong ${suffix}`
    const reply = await post(mailing, { token, field: 'dek', quote: 'Dek by', body, name: 'Ana' })
    expect(reply.status, JSON.stringify(reply.json)).toBe(201)
    const mail = await mailNumber(1)
    expect(mail.to).toEqual([editors[2]!.email, editors[1]!.email])
    expect(mail.subject).toBe(`New review comment on “Mailed ${suffix}”`)
    expect(mail.text).toContain(`Ana (Legal ${suffix}) commented on Intro of “Mailed ${suffix}”`)
    expect(mail.text).toContain('About: “Dek by”')
    expect(mail.text).toContain(body)
    expect(mail.text).toContain(`${env.SITE_URL}/admin/collections/guides/${guide.id}`)
    expect(mail.html).toBeUndefined()
  })

  it('a verdict says what it is in the subject', async () => {
    const { token } = await shareLink(payload, guide.id)
    const reply = await post(mailing, { token, verdict: 'changes', name: 'Ben' })
    expect(reply.status, JSON.stringify(reply.json)).toBe(201)
    const mail = await mailNumber(2)
    expect(mail.subject).toBe(`Changes requested: “Mailed ${suffix}”`)
    expect(mail.text).toContain('Ben (Legal review) requested changes to the draft')
  })

  it('a mail that fails leaves the reviewer’s comment stored and answered 201', async () => {
    const { token } = await shareLink(payload, guide.id)
    const before = await commentCount(payload, guide.id)
    failing = true
    try {
      const reply = await post(mailing, { token, field: 'title', body: `Mail down ${suffix}` })
      expect(reply.status, JSON.stringify(reply.json)).toBe(201)
      await new Promise((resolve) => setTimeout(resolve, 500))
    } finally {
      failing = false
    }
    expect(await commentCount(payload, guide.id)).toBe(before + 1)
    expect(sent).toHaveLength(2)
  })

  it('a bad comment, stored nowhere, mails nobody', async () => {
    const { token } = await shareLink(payload, guide.id)
    const reply = await post(mailing, { token, field: 'no.such.place', body: 'x' })
    expect(reply.status).toBe(422)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(sent).toHaveLength(2)
  })

  it('without an e-mail adapter, Payload writes the mail to the log', async () => {
    const { token } = await shareLink(payload, guide.id)
    const reply = await post(unconfigured, { token, field: 'title', body: `Console ${suffix}` })
    expect(reply.status, JSON.stringify(reply.json)).toBe(201)
    const line = `Email attempted without being configured. To: '${editors[2]!.email}, ${editors[1]!.email}', Subject: 'New review comment on “Mailed ${suffix}”'`
    for (let waited = 0; !logged.some((l) => l.includes(line)) && waited < 10_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    expect(logged.join('')).toContain(line)
  })
})
