import { describe, expect, it } from 'vitest'

import { sqlClient } from '../../tooling/throwaway'
import { applyMigrations } from '@/lib/database/prepare'

import { testPayload } from '../helpers/payload'

describe('applying migrations', () => {
  it('refuses, with a reason, a database whose schema a development server pushed', async () => {
    // The integration database is such a one: tests run Payload outside production (push).
    const payload = await testPayload()
    const db = sqlClient(process.env.DATABASE_URL!)
    await db.connect()
    try {
      const before = await db.query('select name, batch from payload_migrations order by name')
      expect(before.rows).toContainEqual({ name: 'dev', batch: '-1' })

      await expect(applyMigrations(payload)).rejects.toThrow(
        /changed by a development server \(schema push\).*its own database/,
      )
      const after = await db.query('select name, batch from payload_migrations order by name')
      expect(after.rows).toEqual(before.rows)
    } finally {
      await db.end()
    }
  })
})
