import { EDIT_LOADER_SCRIPT } from '@/lib/render/scripts'
import { scriptResponse } from '@/lib/render/scriptResponse'

// Built once, the same bytes for every reader (src/lib/render/scripts.ts).
export const dynamic = 'force-static'

export const GET = () => scriptResponse(EDIT_LOADER_SCRIPT)
