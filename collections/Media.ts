import path from 'node:path'
import type { CollectionConfig } from 'payload'

import { authenticated } from '@/access'
import { mediaShownOrAuthenticated } from '@/access/media'
import { refuseDeletingShownDocuments } from '@/hooks/guardDeletes'
import { guardWrites } from '@/hooks/guardWrites'
import { env } from '@/lib/env'

export const Media: CollectionConfig<'media'> = {
  slug: 'media',
  access: {
    read: mediaShownOrAuthenticated,
    create: authenticated,
    update: authenticated,
    delete: authenticated,
  },
  hooks: { beforeOperation: [guardWrites], beforeDelete: [refuseDeletingShownDocuments] },
  upload: {
    staticDir: path.join(env.dataDir, 'media'),
    mimeTypes: ['image/*'],
    imageSizes: [
      { name: 'thumbnail', width: 400 },
      { name: 'card', width: 768 },
      { name: 'wide', width: 1600 },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [{ name: 'alt', type: 'text', required: true }],
}
