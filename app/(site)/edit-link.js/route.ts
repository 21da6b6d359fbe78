import { EDIT_LINK_SCRIPT } from '@/lib/editLink/script'
import { scriptResponse } from '@/lib/render/scriptResponse'

// Built once; only editors' browsers ever ask for it (src/lib/editLink/script.ts).
export const dynamic = 'force-static'

export const GET = () => scriptResponse(EDIT_LINK_SCRIPT)
