import { randomBytes } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { sqlClient } from '../../tooling/throwaway'
import { applyMigrations } from '@/lib/database/prepare'
import { migrations } from '@/migrations'

import { seededGuide, SEEDED_SLUG, testPayload } from '../helpers/payload'

type SqlDialect = { sqlToQuery: (query: unknown) => { sql: string } }

const guideRef = (value: number) => ({ relationTo: 'guides' as const, value })

async function seededId(): Promise<number> {
  const payload = await testPayload()
  const { docs } = await payload.find({
    collection: 'guides',
    where: { slug: { equals: SEEDED_SLUG } },
    depth: 0,
  })
  return docs[0]!.id
}

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

describe('the navigation releases migration', () => {
  const upgrade = '20261124_202357_nav_releases'

  it('keeps the header and footer readers saw published, as their first version', async () => {
    const payload = await testPayload()
    const name = `nav_upgrade_${randomBytes(4).toString('hex')}`
    const admin = sqlClient(process.env.DATABASE_URL!)
    await admin.connect()
    await admin.query(`create database ${name}`)
    const url = new URL(process.env.DATABASE_URL!)
    url.pathname = `/${name}`
    const db = sqlClient(url.toString())
    await db.connect()
    // The committed migrations' SQL, run as written, on a database of its own.
    const dialect = (payload.db.drizzle as unknown as { dialect: SqlDialect }).dialect
    const execute = { execute: (query: unknown) => db.query(dialect.sqlToQuery(query).sql) }
    const apply = (migration: (typeof migrations)[number]) =>
      (migration.up as (args: unknown) => Promise<void>)({ db: execute, payload, req: {} })
    try {
      const at = migrations.findIndex((migration) => migration.name === upgrade)
      for (const migration of migrations.slice(0, at)) await apply(migration)
      // The header and footer as a save stored them before they had drafts.
      await db.query(`
        insert into header (id, site_name, labels_navigation, labels_menu, updated_at, created_at)
          values (1, 'Before', 'Main', 'Menu', '2026-01-02T00:00:00Z', '2026-01-01T00:00:00Z');
        insert into header_navigation (_order, _parent_id, id, label, link_type, url)
          values (1, 1, 'row-a', 'Guides', 'custom', '/guides'),
                 (2, 1, 'row-b', 'About', 'custom', '/about');
        insert into footer (id, legal, updated_at, created_at)
          values (1, '© Before', '2026-01-02T00:00:00Z', '2026-01-01T00:00:00Z');
        insert into footer_groups (_order, _parent_id, id, heading) values (1, 1, 'group-a', 'More');
        insert into footer_groups_links (_order, _parent_id, id, label, link_type, url)
          values (1, 'group-a', 'link-a', 'Feed', 'custom', '/changes.xml');`)

      await apply(migrations[at]!)

      const status = await db.query(
        `select (select _status from header) as header, (select _status from footer) as footer`,
      )
      expect(status.rows[0]).toEqual({ header: 'published', footer: 'published' })
      const header = await db.query(`
        select v.version_site_name, v.version__status, v.latest, n.label, n.url, n._uuid
        from _header_v v join _header_v_version_navigation n on n._parent_id = v.id
        order by n._order`)
      expect(header.rows).toEqual([
        expect.objectContaining({ label: 'Guides', url: '/guides', _uuid: 'row-a' }),
        expect.objectContaining({ label: 'About', url: '/about', _uuid: 'row-b' }),
      ])
      expect(header.rows[0]).toMatchObject({
        version_site_name: 'Before',
        version__status: 'published',
        latest: true,
      })
      const footer = await db.query(`
        select v.version_legal, g.heading, l.label, l.url
        from _footer_v v join _footer_v_version_groups g on g._parent_id = v.id
        join _footer_v_version_groups_links l on l._parent_id = g.id`)
      expect(footer.rows).toEqual([
        { version_legal: '© Before', heading: 'More', label: 'Feed', url: '/changes.xml' },
      ])
    } finally {
      await db.end()
      await admin.query(`drop database ${name} with (force)`)
      await admin.end()
    }
  })

  it('copies a link by reference the way Payload stores it in a version', async () => {
    // The migration copies header_rels into _header_v_rels with `version.` before each path.
    const { payload } = await seededGuide()
    const db = sqlClient(process.env.DATABASE_URL!)
    await db.connect()
    const before = await payload.findGlobal({ slug: 'header', depth: 0 })
    try {
      await payload.updateGlobal({
        slug: 'header',
        data: {
          navigation: [{ label: 'Home', linkType: 'internal', doc: guideRef(await seededId()) }],
          _status: 'published',
        },
      })
      // Payload leaves the references of array rows a save removed (their paths are not rewritten);
      // reads ignore them. The row this save wrote, and its version's copy, are what count here.
      const guide = await seededId()
      const main = await db.query(
        `select path, guides_id from header_rels where path = 'navigation.0.doc'`,
      )
      const version = await db.query(
        `select path, guides_id from _header_v_rels
          where parent_id = (select max(id) from _header_v) and path like '%navigation.0.doc'`,
      )
      expect(main.rows).toEqual([{ path: 'navigation.0.doc', guides_id: guide }])
      expect(version.rows).toEqual([{ path: 'version.navigation.0.doc', guides_id: guide }])
    } finally {
      await payload.updateGlobal({
        slug: 'header',
        data: { navigation: before.navigation, _status: 'published' },
      })
      await db.end()
    }
  })
})
