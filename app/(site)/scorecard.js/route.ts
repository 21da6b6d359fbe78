import { scriptResponse } from '@/lib/render/scriptResponse'

import { SCORECARD_SCRIPT } from './script'

// Built once, the same bytes for every reader; loaded (deferred) by the scorecard's form.
export const dynamic = 'force-static'

export const GET = () => scriptResponse(SCORECARD_SCRIPT)
