import { EDIT_LINK_SCRIPT } from '@/lib/editLink/script'

// Built once; only editors' browsers ever ask for it (src/lib/editLink/script.ts).
export const dynamic = 'force-static'

export const GET = () =>
  new Response(EDIT_LINK_SCRIPT, {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  })
