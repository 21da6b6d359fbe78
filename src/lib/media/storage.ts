import { s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'

import type { Env } from '@/lib/env/schema'

/**
 * Media uploads: local disk (DATA_DIR/media) by default, an S3-compatible bucket when S3_BUCKET is
 * set. The plugin is always installed, enabled or not, so the schema and its migrations are the
 * same either way.
 */
export function mediaStorage(env: Env): Plugin {
  return s3Storage({
    enabled: Boolean(env.S3_BUCKET),
    alwaysInsertFields: true,
    collections: { media: true },
    bucket: env.S3_BUCKET ?? 'unused',
    config: {
      region: env.S3_REGION,
      endpoint: env.S3_ENDPOINT,
      forcePathStyle: env.S3_FORCE_PATH_STYLE === 'true',
      credentials:
        env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
          ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
          : undefined,
    },
  })
}
