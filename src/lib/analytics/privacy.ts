import { AI_CRAWLER_AGENTS } from '@/lib/agents/crawlers'

// Search engines, link previews, monitors, scripted clients and headless browsers. The AI
// crawlers are named in src/lib/agents/crawlers.ts.
const BOT_AGENT = new RegExp(
  [
    'bot\\b',
    'crawl',
    'spider',
    'slurp',
    'facebookexternalhit',
    'embedly',
    'preview',
    'headless',
    'lighthouse',
    'pingdom',
    'uptime',
    'curl/',
    'wget/',
    'python-',
    'go-http-client',
    'node-fetch',
    'undici',
    ...AI_CRAWLER_AGENTS.map((agent) => agent.replace(/[-]/g, '\\-')),
  ].join('|'),
  'i',
)

const DRAFT_MODE_COOKIE = '__prerender_bypass'
const SESSION_COOKIE = 'payload-token'

const hasCookie = (request: Request, name: string) =>
  (request.headers.get('cookie') ?? '').split(';').some((c) => c.trim().startsWith(`${name}=`))

/**
 * Why this beacon is deliberately not counted, or undefined to count it: the reader asked not to
 * be tracked (DNT, GPC), it is no reader (a bot, a prefetch), or it comes from a preview or a
 * signed-in editor, whose visits are work, not readership.
 */
export function notCounted(request: Request): string | undefined {
  const h = request.headers
  if (h.get('dnt') === '1') return 'do not track'
  if (h.get('sec-gpc') === '1') return 'global privacy control'
  const agent = h.get('user-agent') ?? ''
  if (agent.trim() === '' || BOT_AGENT.test(agent)) return 'bot'
  if (/prefetch|prerender/i.test(`${h.get('sec-purpose') ?? ''} ${h.get('purpose') ?? ''}`)) {
    return 'prefetch'
  }
  if (hasCookie(request, DRAFT_MODE_COOKIE)) return 'preview'
  if (hasCookie(request, SESSION_COOKIE)) return 'signed in'
  // A share link's page sends its own address, token included, as the beacon's Referer.
  if (sharedPreview(h.get('referer'))) return 'preview'
  return undefined
}

function sharedPreview(referer: string | null): boolean {
  if (!referer) return false
  try {
    const url = new URL(referer)
    return url.searchParams.has('token') || url.pathname.startsWith('/preview')
  } catch {
    return false
  }
}
