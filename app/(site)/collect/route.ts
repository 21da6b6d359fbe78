import { collect } from '@/lib/analytics/collect'

// The beacons of readers' pages (docs/measurement.md). POST only: any other method gets 405.
export const POST = collect

export const dynamic = 'force-dynamic'
