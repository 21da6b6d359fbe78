import { REVIEW_SCRIPT } from '@/lib/review/reviewScript'
import { scriptResponse } from '@/lib/render/scriptResponse'

// Built once; loaded (deferred) by share-link previews only (src/components/review/ReviewPanel.tsx).
export const dynamic = 'force-static'

export const GET = () => scriptResponse(REVIEW_SCRIPT)
