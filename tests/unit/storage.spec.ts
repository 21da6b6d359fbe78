import type { Config } from 'payload'
import { describe, expect, it } from 'vitest'

import { parseEnv } from '@/lib/env/schema'
import { mediaStorage } from '@/lib/media/storage'

/** The media collection as the storage plugin leaves it, for a given environment. */
async function mediaWith(variables: Record<string, string>) {
  const config = {
    collections: [{ slug: 'media', upload: { staticDir: '/srv/media' }, fields: [] }],
  }
  const out = await mediaStorage(parseEnv(variables))(config as unknown as Config)
  return out.collections![0]!
}

describe('media storage', () => {
  it('keeps uploads on local disk when no S3 bucket is configured', async () => {
    const media = await mediaWith({})
    expect(media.upload).toEqual({ staticDir: '/srv/media' })
  })

  it('sends uploads to the S3 bucket, not the disk, when S3_BUCKET is set', async () => {
    const media = await mediaWith({
      S3_BUCKET: 'guide-media',
      S3_ENDPOINT: 'http://127.0.0.1:9000',
      S3_ACCESS_KEY_ID: 'key',
      S3_SECRET_ACCESS_KEY: 'secret',
    })
    const upload = media.upload as { disableLocalStorage?: boolean; adapter?: string }
    expect(upload.disableLocalStorage).toBe(true)
    expect(upload.adapter).toBe('s3')
    expect(Object.keys(media.hooks ?? {})).toEqual(
      expect.arrayContaining(['afterChange', 'afterDelete']),
    )
  })

  it('needs no media column that the committed migrations (made without S3) lack', async () => {
    const names = (fields: unknown[]) => fields.map((field) => (field as { name?: string }).name)
    const local = names((await mediaWith({})).fields)
    const s3 = names((await mediaWith({ S3_BUCKET: 'guide-media' })).fields)
    expect(local).toEqual(expect.arrayContaining(s3))
  })
})
