import { BEACON_SCRIPT } from '@/lib/analytics/beaconScript'
import { scriptResponse } from '@/lib/render/scriptResponse'

// Built once, the same bytes for every reader; loaded (deferred) by readers' pages only
// (src/lib/render/readerDocument.tsx), never by previews or the admin.
export const dynamic = 'force-static'

export const GET = () => scriptResponse(BEACON_SCRIPT)
