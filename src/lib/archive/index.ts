// `npm run export` / `npm run import`: all guide content as one JSON file (format: ./schema.ts).
import { writeFileSync } from 'node:fs'
import type { Payload } from 'payload'

import { readArchive } from './check'
import { exportContent, serializeArchive } from './exportContent'
import { importContent } from './importContent'
import { COLLECTIONS, GLOBALS, isVersioned, type ContentArchive } from './schema'

export { ArchiveError, parseArchive, readArchive } from './check'
export { exportContent, serializeArchive } from './exportContent'
export { importContent } from './importContent'
export type { ContentArchive } from './schema'

type Log = (line: string) => void

/** `npm run export`: writes the archive to `file`, then a line per collection. */
export async function exportToFile(payload: Payload, file: string, log: Log): Promise<void> {
  const archive = await exportContent(payload)
  writeFileSync(file, serializeArchive(archive))
  for (const line of summary(archive)) log(`export: ${line}`)
  log(`export: wrote ${file}`)
}

/** `npm run import`: checks `file` in full, restores it, then a line per collection. */
export async function importFromFile(payload: Payload, file: string, log: Log): Promise<void> {
  const archive = readArchive(file, payload.config)
  await importContent(payload, archive)
  for (const line of summary(archive)) log(`import: ${line}`)
  log(`import: restored ${file}`)
}

/** "guides: 1 (1 published, 1 with a draft)", a line per collection, then one per global. */
function summary(archive: ContentArchive): string[] {
  const lines = COLLECTIONS.map((collection) => {
    const docs = archive[collection]
    if (!isVersioned(collection)) return `${collection}: ${docs.length}`
    const live = archive[collection].filter((doc) => doc.published).length
    const drafts = archive[collection].filter((doc) => doc.draft).length
    return `${collection}: ${docs.length} (${live} published, ${drafts} with a draft)`
  })
  const globals = GLOBALS.map(
    (slug) =>
      `${slug === 'site' ? 'site settings' : slug}: ${archive[slug] ? 'yes' : 'not set yet'}`,
  )
  return [...lines, ...globals]
}
