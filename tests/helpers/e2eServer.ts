// The e2e suite's server (playwright.config.ts webServer): `next build`, then `npm start` on a
// throwaway embedded Postgres. E2E_SKIP_BUILD=1 reuses the existing .next build.
import { ensureBuild, startThrowawayServer } from '../../tooling/throwawayServer'

if (!ensureBuild('e2e')) process.exit(1)
const server = await startThrowawayServer('e2e', Number(process.env.E2E_PORT ?? 3100))
const stop = () => void server.stop().then(() => process.exit(0))
process.on('SIGTERM', stop)
process.on('SIGINT', stop)
server.process.on('exit', (code) => process.exit(code ?? 0))
