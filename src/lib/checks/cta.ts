import type { Finding } from './types'

// Pure: whether a call to action takes the reader anywhere. The button renders only with a label
// and a link whose target is live (src/components/CallToAction.tsx).

export type CtaInput = {
  linkLabel?: string | null
  linkType?: string | null
  url?: string | null
  doc?: unknown
}

export type CtaContext = {
  /** Where the CTA sits: `cta`, or a page's block `layout.2`. */
  field: string
  /** The public title of the document an internal link points at, or undefined when not live. */
  liveTarget: string | undefined
  /** Anchors on the same page and what a reader finds there (`jerrycan` → “jerrycan’s entry”). */
  anchors?: Map<string, string>
}

const filled = (value: unknown): value is string => typeof value === 'string' && value.trim() !== ''

export function ctaFindings(cta: CtaInput, { field, liveTarget, anchors }: CtaContext): Finding[] {
  const at = (name: string) => `${field}.${name}`
  const warn = (message: string, path: string): Finding[] => [
    { check: 'cta', level: 'warning', message, field: path },
  ]
  const internal = cta.linkType === 'internal'
  const linkPath = at(internal ? 'doc' : 'url')
  if (!filled(cta.linkLabel)) {
    return warn('The call to action has no link label: readers see no button.', at('linkLabel'))
  }
  if (internal) {
    if (!cta.doc) return warn('The call to action has no link: readers see no button.', linkPath)
    if (!liveTarget) {
      return warn(
        'The call to action links to a document that is not published: readers see no button.',
        linkPath,
      )
    }
    return []
  }
  if (!filled(cta.url)) {
    return warn('The call to action has no link: readers see no button.', linkPath)
  }
  const url = cta.url.trim()
  if (!url.startsWith('#')) return []
  const anchor = decodeURIComponent(url.slice(1))
  const place = anchors?.get(anchor)
  if (anchors && !place) {
    return warn(`The call to action points at ${url}, which is not on this page.`, linkPath)
  }
  return [
    {
      check: 'cta',
      level: 'notice',
      message: `The call to action points within this page (${url}${place ? `, ${place}` : ''}), not at the product yet: set the product’s URL once it is ready.`,
      field: linkPath,
    },
  ]
}
