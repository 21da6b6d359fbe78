import { moveText, scoreText } from './changes'
import type { GuideView } from './guide'
import type { SiteSettings } from './site'
import { changesFeedPath, guideUrl } from './urls'

import { env } from '@/lib/env'

// Everything outside XML 1.0's Char production (C0 controls but tab, CR and LF; lone surrogates;
// U+FFFE and U+FFFF): one of them anywhere and no reader parses the feed at all.
const NOT_XML_CHAR = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

/**
 * Text as XML character data or a quoted attribute value: the characters XML cannot hold
 * dropped, markup escaped (`>` too, so no `]]>` survives), CR kept as a reference so readers do
 * not normalise it away.
 */
const escape = (text: string) =>
  text
    .replace(NOT_XML_CHAR, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')

/** The guide's "What changed" as an Atom feed (RFC 4287): the same entries, newest first. */
export function changesFeed(guide: GuideView, site: SiteSettings): string {
  const self = `${env.SITE_URL}${changesFeedPath(guide.slug)}`
  const page = guideUrl(guide.slug, site.homeGuideSlug)
  const { heading, revertedLabel } = guide.changesSection
  const entries = guide.changes.map((change) => {
    const said = [
      ...change.moves.map((move) => moveText(move, guide.tableLabels.rank)),
      ...change.scores.map(scoreText),
    ]
    const lines = [change.kind === 'revert' ? revertedLabel : null, change.note, ...said]
    const text = lines.filter(Boolean).join('\n')
    const title =
      (change.kind === 'revert' ? `${revertedLabel}: ` : '') + (change.note ?? said.join('; '))
    return [
      '  <entry>',
      `    <id>${escape(`${self}#change-${change.id}`)}</id>`,
      `    <title>${escape(title)}</title>`,
      `    <updated>${escape(change.at)}</updated>`,
      `    <link rel="alternate" type="text/html" href="${escape(`${page}#what-changed`)}"/>`,
      `    <content type="text">${escape(text)}</content>`,
      '  </entry>',
    ].join('\n')
  })
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escape(self)}</id>`,
    `  <title>${escape(`${guide.title}: ${heading}`)}</title>`,
    `  <updated>${escape(guide.changes[0]?.at ?? guide.lastUpdated)}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${escape(self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escape(page)}"/>`,
    `  <author><name>${escape(site.publisher.name)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n')
}
