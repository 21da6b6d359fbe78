// The stack specs run the production build.
import { ensureBuild } from '../../tooling/throwawayServer'

export default function setup() {
  if (!ensureBuild('stack')) throw new Error('next build failed')
}
