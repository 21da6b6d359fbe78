// What `npm run audit` holds that does not move with the machine's speed, read from each Lighthouse
// report: the bytes of JavaScript and HTML a reader downloads, and which requests block rendering.

/** The fields of a Lighthouse report (13.x) the audit reads. */
export type LighthouseReport = {
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] }>
  audits: Record<
    string,
    {
      score: number | null
      scoreDisplayMode: string
      numericValue?: number
      errorMessage?: string
      details?: { type: string; items?: unknown[] }
    }
  >
  runtimeError?: { message: string }
}

/**
 * Bytes on the wire (gzipped, headers included), a little above what the audited pages download
 * today (December 2026). Readers' pages carry no framework script (src/lib/render): our own
 * scripts only, /copy-link.js, /edit-loader.js, the measurement beacon /beacon.js and on the
 * guide /scorecard.js: 2.5 KB of content on the guide, 1.3 KB elsewhere (until issue 26 they came
 * to 146.1 KB in 8 files, Next's runtime and React). Issue 26's ceiling is 5 KB of script
 * content (tests/e2e/noFramework.e2e.spec.ts holds that); on the wire each file adds about 700 B
 * of response headers, so four files get 6 KB here. HTML: the guide 6.1 KB (15.7 KB while half of
 * it was Next's RSC copy of the same content), the page and the index under 1 KB of content each.
 */
export const BUDGET = {
  scriptBytes: 6_000,
  documentBytes: { '/': 8_000, '/detailed-comparison': 4_000, '/guides': 2_000 },
} as const

export const documentBudget = (url: string) =>
  (BUDGET.documentBytes as Record<string, number>)[url] ??
  Math.max(...Object.values(BUDGET.documentBytes))

export type Weight = {
  scriptBytes: number
  scriptFiles: number
  documentBytes: number
  /** Requests Lighthouse found blocking the first paint, with their resource type. */
  renderBlocking: { url: string; type: string }[]
  /** Why the render-blocking list could not be read, when it could not. */
  renderBlockingError?: string
}

type NetworkRequest = { url: string; resourceType?: string; transferSize?: number }

/** Tables may come nested in a list (Lighthouse's insight audits): every row of every table. */
function rows(details: { type: string; items?: unknown[] } | undefined): Record<string, unknown>[] {
  if (!details?.items) return []
  return details.items.flatMap((item) =>
    item && typeof item === 'object' && 'items' in item
      ? rows(item as { type: string; items?: unknown[] })
      : [item as Record<string, unknown>],
  )
}

/** Downloaded bytes by kind, from the network-requests audit (what Chromium actually fetched). */
export function weighReport(report: LighthouseReport): Weight {
  const requests = rows(report.audits['network-requests']?.details) as NetworkRequest[]
  const ofType = (type: string) => requests.filter((r) => r.resourceType === type)
  const bytes = (list: NetworkRequest[]) => list.reduce((sum, r) => sum + (r.transferSize ?? 0), 0)
  const typeOf = new Map(requests.map((r) => [r.url, r.resourceType ?? 'unknown']))
  const blocking = report.audits['render-blocking-insight']
  const renderBlocking = rows(blocking?.details).map((row) => {
    const url = String(row.url)
    return { url, type: typeOf.get(url) ?? 'unknown' }
  })
  return {
    scriptBytes: bytes(ofType('Script')),
    scriptFiles: new Set(ofType('Script').map((r) => r.url)).size,
    documentBytes: bytes(ofType('Document')),
    renderBlocking,
    ...(blocking?.errorMessage ? { renderBlockingError: blocking.errorMessage } : {}),
  }
}

type Verdict = { name: string; ok: boolean; detail: string }
const kb = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`

/** The budget and the one allowed render-blocking request, for the heaviest of a URL's runs. */
export function weightVerdicts(url: string, weights: Weight[]): Verdict[] {
  const heaviest = (pick: (w: Weight) => number) => Math.max(...weights.map(pick))
  const scripts = heaviest((w) => w.scriptBytes)
  const files = heaviest((w) => w.scriptFiles)
  const html = heaviest((w) => w.documentBytes)
  const errors = weights.flatMap((w) => (w.renderBlockingError ? [w.renderBlockingError] : []))
  const blocking = [
    ...new Map(weights.flatMap((w) => w.renderBlocking).map((r) => [r.url, r])).values(),
  ]
  const stylesheets = blocking.filter((r) => r.type === 'Stylesheet')
  const others = blocking.filter((r) => r.type !== 'Stylesheet')
  return [
    {
      name: `${url} JavaScript bytes`,
      ok: scripts <= BUDGET.scriptBytes,
      detail: `${kb(scripts)} in ${files} files, budget ${kb(BUDGET.scriptBytes)}`,
    },
    {
      name: `${url} HTML bytes`,
      ok: html <= documentBudget(url) && html > 0,
      detail: `${kb(html)}, budget ${kb(documentBudget(url))}`,
    },
    {
      name: `${url} render-blocking requests`,
      ok: errors.length === 0 && others.length === 0 && stylesheets.length <= 1,
      detail: errors.length
        ? `Lighthouse could not tell: ${errors[0]}`
        : blocking.length
          ? blocking.map((r) => `${r.type} ${new URL(r.url).pathname}`).join(', ')
          : 'none',
    },
  ]
}
