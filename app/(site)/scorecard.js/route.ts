import { SCORECARD_SCRIPT } from './script'

// Built once, the same bytes for every reader; loaded (deferred) by the scorecard's form.
export const dynamic = 'force-static'

export const GET = () =>
  new Response(SCORECARD_SCRIPT, {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  })
