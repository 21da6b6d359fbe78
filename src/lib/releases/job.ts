import type { TaskConfig } from 'payload'

import { runRelease } from './transaction'

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
  retries: 2,
  inputSchema: [
    { name: 'release', type: 'number', required: true },
    { name: 'at', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'outcome', type: 'text', required: true }],
  handler: async ({ input, req }) => {
    const result = await runRelease(req, input.release, 'publish', {
      overrideAccess: true,
      scheduledAt: input.at,
    })
    return { output: { outcome: 'skipped' in result ? result.skipped : 'published' } }
  },
}
