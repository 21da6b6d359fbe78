import { isSlug } from '@/fields/slug'
import {
  getDraftGuide,
  getPublishedGuide,
  getPublishedGuidesLatestFirst,
} from '@/lib/content/guide'
import { getAgentSettings } from '@/lib/content/agents'
import { getFrame } from '@/lib/content/frame'
import { getAddresses } from '@/lib/content/addresses'
import { getDraftPage, getPublishedPage, getPublishedPageSlugs } from '@/lib/content/page'
import { guidePath, guideUrl, pagePath } from '@/lib/content/urls'
import { env } from '@/lib/env'
import { twinOf } from '@/lib/http/markdownTwin'
import { guideDescription, pageDescription } from '@/lib/seo/metadata'
import { getSiteSettings } from '@/lib/content/site'

import { guideMarkdown, indexMarkdown, pageMarkdown, type MarkdownContext } from './documents'
import { llmsFullTxt, llmsTxt, type LlmsIndex } from './llms'
import type { WeightsQuery } from './scorecard'

/** What a twin route's path segments name, as the HTML routes read them. */
export type TwinTarget =
  | { kind: 'guide'; slug: string }
  | { kind: 'page'; slug: string }
  | { kind: 'index' }
  | { kind: 'llms' }
  | { kind: 'llms-full' }

/** Files at the root that are Markdown too: /llms.txt and /llms-full.txt. */
export const LLMS_FILES = { 'llms.txt': 'llms', 'llms-full.txt': 'llms-full' } as const

export function twinTarget(segments: string[], homeGuideSlug: string | null): TwinTarget | null {
  const [first, second, ...rest] = segments
  if (first === undefined) return homeGuideSlug ? { kind: 'guide', slug: homeGuideSlug } : null
  if (rest.length > 0) return null
  if (second === undefined && Object.hasOwn(LLMS_FILES, first)) {
    return { kind: LLMS_FILES[first as keyof typeof LLMS_FILES] }
  }
  if (first === 'guides') {
    if (second === undefined) return { kind: 'index' }
    return isSlug(second) ? { kind: 'guide', slug: second } : null
  }
  return second === undefined && isSlug(first) ? { kind: 'page', slug: first } : null
}

async function context(): Promise<MarkdownContext> {
  const [site, addresses] = await Promise.all([getSiteSettings(), getAddresses()])
  return { site, addresses, publishedGuide: getPublishedGuide }
}

/**
 * The Markdown of a target: published from Next's data cache (the same tags as the HTML), or the
 * latest drafts for someone allowed to preview them. A guide's twin follows a reader's weights `w`
 * (the page's `?w=`); other documents have none to follow. Null when there is no such document.
 */
export async function twinMarkdown(
  target: TwinTarget,
  draft = false,
  w?: WeightsQuery,
): Promise<string | null> {
  const ctx = await context()
  switch (target.kind) {
    case 'index':
      return indexMarkdown(await getPublishedGuidesLatestFirst(), ctx)
    case 'llms':
      return llmsTxt(await llmsIndex(ctx))
    case 'llms-full':
      return llmsFull(ctx)
    case 'guide': {
      const guide = await (draft ? getDraftGuide : getPublishedGuide)(target.slug)
      return guide ? guideMarkdown(guide, ctx, w) : null
    }
    case 'page': {
      const page = await (draft ? getDraftPage : getPublishedPage)(target.slug)
      return page ? pageMarkdown(page, ctx) : null
    }
  }
}

/** Every published page, in slug order. */
async function publishedPages() {
  const pages = await Promise.all(
    (await getPublishedPageSlugs()).map(({ slug }) => getPublishedPage(slug)),
  )
  return pages.filter((page) => page !== null)
}

/** What both /llms.txt files are made of: the agents' copy, the frame, every guide and page. */
async function publishedSite() {
  const [agents, frame, guides, pages] = await Promise.all([
    getAgentSettings(),
    getFrame(),
    getPublishedGuidesLatestFirst(),
    publishedPages(),
  ])
  return { agents, frame, guides, pages }
}

const absolute = (path: string) => new URL(path, env.SITE_URL).href

/** What /llms.txt lists: every published guide and page, at its twin's URL. */
async function llmsIndex(ctx: MarkdownContext): Promise<LlmsIndex> {
  const { agents, frame, guides, pages } = await publishedSite()
  return {
    siteName: frame.siteName,
    agents,
    guides: guides.map((guide) => ({
      title: guide.title,
      url: absolute(twinOf(guidePath(guide.slug, ctx.site.homeGuideSlug))),
      description: guideDescription(guide),
    })),
    pages: pages.map((page) => ({
      title: page.title,
      url: absolute(twinOf(pagePath(page.slug))),
      description: pageDescription(page),
    })),
    fullTextUrl: absolute('/llms-full.txt'),
  }
}

/** /llms-full.txt: the guides, then the pages, in full. */
async function llmsFull(ctx: MarkdownContext): Promise<string> {
  const { agents, frame, guides, pages } = await publishedSite()
  const documents = [
    ...guides.map((guide) => ({
      url: guideUrl(guide.slug, ctx.site.homeGuideSlug),
      markdown: guideMarkdown(guide, ctx),
    })),
    ...(await Promise.all(
      pages.map(async (page) => ({
        url: absolute(pagePath(page.slug)),
        markdown: await pageMarkdown(page, ctx),
      })),
    )),
  ]
  return llmsFullTxt({ siteName: frame.siteName, agents }, documents)
}
