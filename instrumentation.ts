// Next.js calls register() once when a server starts, before it serves a request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  if (process.env.NEXT_PHASE === 'phase-production-build') return
  const { prepareServer } = await import('./src/lib/server/lifecycle')
  await prepareServer()
}
