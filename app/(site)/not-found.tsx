import { PHASE_PRODUCTION_BUILD } from 'next/constants'

import { RouteViewPage } from '@/components/RouteView'
import { notFoundView } from '@/components/SiteView'

/** An unknown address in a preview (readers get the reader route's copy of the same view). */
export default async function NotFound() {
  // Next renders this boundary along with any page it prerenders at build, when there is no
  // database (only the benchmark's ceiling page is prerendered): it renders an empty main then.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD) return <main className="site-main" />
  return <RouteViewPage view={await notFoundView()} />
}
