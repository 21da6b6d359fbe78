import configPromise from '@payload-config'
import { describe, expect, it } from 'vitest'

import { refuseDeletingShownDocuments } from '@/hooks/guardDeletes'
import { guardWrites } from '@/hooks/guardWrites'

// Every collection lists its hooks flat in its own config (collections/<Name>/index.ts), so
// nothing adds the write and delete guards behind its back any more: this checks that none of
// ours, and no plugin's, goes without them.

describe('the guards every collection lists', () => {
  it('each of the site’s collections runs the write guard first and the delete guard', async () => {
    const config = await configPromise
    // Payload's own bookkeeping (jobs, preferences, migrations, edit locks) is not content.
    const ours = config.collections.filter((collection) => !collection.slug.startsWith('payload-'))
    expect(ours.map((collection) => collection.slug)).toEqual(
      expect.arrayContaining(['guides', 'pages', 'frameworks', 'releases', 'redirects', 'users']),
    )
    for (const collection of ours) {
      expect(collection.hooks.beforeOperation[0], `${collection.slug}: beforeOperation`).toBe(
        guardWrites,
      )
      expect(collection.hooks.beforeDelete, `${collection.slug}: beforeDelete`).toContain(
        refuseDeletingShownDocuments,
      )
    }
  })
})
