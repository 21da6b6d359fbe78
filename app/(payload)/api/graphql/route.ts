// Payload's GraphQL endpoint, for signed-in users only and bounded before it runs
// (src/lib/api/graphqlGuard.ts).
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardGraphql } from '@/lib/api/graphqlGuard'
import { signedIn } from '@/lib/api/signedIn'

export const POST = guardGraphql(GRAPHQL_POST(config), signedIn)

export const OPTIONS = REST_OPTIONS(config)
