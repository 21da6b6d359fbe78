// The stack specs run the production build: make one unless E2E_SKIP_BUILD=1 says it is there.
import { buildSite } from '../../tooling/throwawayServer'

export default function setup() {
  if (process.env.E2E_SKIP_BUILD === '1') return
  console.log('[stack] next build …')
  if (!buildSite()) throw new Error('next build failed')
}
