// Payload's REST routes, behind the body checks of src/lib/api/requestGuard.ts (413, 415, 400).
import config from '@payload-config'
import '@payloadcms/next/css'
import {
  REST_DELETE,
  REST_GET,
  REST_OPTIONS,
  REST_PATCH,
  REST_POST,
  REST_PUT,
} from '@payloadcms/next/routes'

import { guardRest } from '@/lib/api/requestGuard'

export const GET = REST_GET(config)
export const POST = guardRest(REST_POST(config))
export const DELETE = REST_DELETE(config)
export const PATCH = guardRest(REST_PATCH(config))
export const PUT = guardRest(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
