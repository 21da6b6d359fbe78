// Payload's REST routes, every method behind the checks of src/lib/api/restGuard.ts: path,
// query and body (413, 415, 400 naming the field), and 404 for routes Payload cannot serve here.
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

import { guardRest } from '@/lib/api/restGuard'

export const GET = guardRest(REST_GET(config), config)
export const POST = guardRest(REST_POST(config), config)
export const DELETE = guardRest(REST_DELETE(config), config)
export const PATCH = guardRest(REST_PATCH(config), config)
export const PUT = guardRest(REST_PUT(config), config)
export const OPTIONS = REST_OPTIONS(config)
