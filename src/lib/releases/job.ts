import type { PayloadRequest, TaskConfig } from 'payload'

import { setReleaseState } from './items'
import { runRelease } from './transaction'

/**
 * A scheduled publish that could not happen is recorded on the release (status `failed`, with the
 * reason), where the release and the cockpit show it. It is not retried: a refusal (a document
 * changed or deleted since it was added) fails the same way until someone acts, and they act by
 * scheduling it again or publishing it by hand.
 */
async function recordFailure(req: PayloadRequest, release: number, at: string, reason: string) {
  const current = await req.payload.findByID({
    collection: 'releases',
    id: release,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  // Rescheduled, published or deleted meanwhile: that is newer news than this failure.
  if (!current || current.status !== 'scheduled' || current.publishAt !== at) return
  await setReleaseState(req, release, {
    status: 'failed',
    failure: `${new Date().toISOString()}: ${reason}`,
  })
}

/**
 * A scheduled release, queued when its publish time is set (collections/Releases/hooks.ts). The
 * job queue runs on one instance at a time (src/lib/jobs/endpoint.ts), and the release's own lock
 * and status make a second run find it published and do nothing.
 */
export const publishReleaseTask: TaskConfig<{
  input: { release: number; at: string }
  output: { outcome: string }
}> = {
  slug: 'publishRelease',
  retries: 0,
  inputSchema: [
    { name: 'release', type: 'number', required: true },
    { name: 'at', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    try {
      const result = await runRelease(req, input.release, 'publish', {
        overrideAccess: true,
        scheduledAt: input.at,
      })
      return { output: { outcome: 'skipped' in result ? result.skipped : 'published' } }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      req.payload.logger.warn(`scheduled release ${input.release} failed: ${reason}`)
      await recordFailure(req, input.release, input.at, reason)
      return { output: { outcome: `failed: ${reason}` } }
    }
  },
}
