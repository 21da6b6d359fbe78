import { expect, test } from '@playwright/test'

import { markersOnSite } from '../helpers/crawl'
import { adminHeaders } from '../helpers/e2eAdmin'
import { e2eBaseURL } from '../helpers/e2eUsers'

// A reviewer's comment and verdict, posted through POST /review with a real share link to the
// published home guide, never reach an anonymous reader: the crawl reads every page the site links
// to, their Markdown twins and feeds, the sitemap, /llms.txt and what it lists, and none holds a
// word of them. tests/int/reviewLeaks.int.spec.ts probes the same channels, and REST and GraphQL,
// in-process.

const run = Date.now()
const guideSlug = 'backend-frameworks-2026'
const secrets = {
  body: `Reviewer body ${run}`,
  quote: `Reviewer quote ${run}`,
  name: `Reviewer ${run}`,
  label: `Leak probe link ${run}`,
  verdict: `Verdict words ${run}`,
}

test('a reviewer’s words reach no anonymous reader on any page, twin, feed, sitemap or /llms.txt', async ({
  request,
}) => {
  const headers = await adminHeaders()
  const found = await request.get(`/api/guides?where[slug][equals]=${guideSlug}&depth=0`, {
    headers,
  })
  const guide = ((await found.json()) as { docs: { id: number }[] }).docs[0]!
  const link = await request.post('/api/preview-links', {
    headers,
    data: { guide: guide.id, note: secrets.label },
  })
  expect(link.status(), await link.text()).toBe(201)
  const { doc } = (await link.json()) as { doc: { id: number; url: string } }
  const token = new URL(doc.url).searchParams.get('token')!
  const comments: number[] = []
  try {
    for (const data of [
      { token, field: 'dek', quote: secrets.quote, body: secrets.body, name: secrets.name },
      { token, verdict: 'changes', body: secrets.verdict, name: secrets.name },
    ]) {
      const posted = await request.post('/review', {
        headers: { Origin: new URL(e2eBaseURL).origin, Cookie: '' },
        data,
      })
      expect(posted.status(), await posted.text()).toBe(201)
      comments.push(((await posted.json()) as { id: number }).id)
    }
    const anonymous = await request.get('/api/review-comments', { headers: { Cookie: '' } })
    expect(anonymous.status()).toBe(403)
    expect(await anonymous.text()).not.toContain(secrets.body)

    const leaks = await markersOnSite(e2eBaseURL, Object.values(secrets), [
      '/',
      `/guides/${guideSlug}`,
      '/llms-full.txt',
    ])
    expect(leaks).toEqual([])
  } finally {
    for (const id of comments) await request.delete(`/api/review-comments/${id}`, { headers })
    await request.delete(`/api/preview-links/${doc.id}`, { headers })
  }
})
