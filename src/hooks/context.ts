import type { GuideChangeRecord, PublishedGuide } from '@/lib/releases/changelog'

import type { MainRow, Published } from './addressChange'

/**
 * What the hooks of one request hand each other, typed: Payload's `req.context`, which every
 * hook of the request (and the Local API calls it makes with `req`) sees
 * (https://payloadcms.com/docs/hooks/context). State about one document sits in a Map keyed by
 * `docKey(collection, id)` (./docKey.ts) (a guide's id for rankings): a release saves many in one request.
 */
declare module 'payload' {
  export interface RequestContext {
    /** Writes made by the seed: nothing to revalidate, redirect, warn about or record. */
    seeding?: boolean
    /** This save may unpublish what published content links to (src/hooks/warnBeforeUnlinking.ts). */
    unlink?: boolean
    /** A release saving itself while it publishes or reverts (collections/Releases/hooks.ts). */
    releaseAction?: 'publish' | 'revert'
    /** Adding a document to a release takes its newer version (collections/Releases/hooks.ts). */
    takeNewer?: boolean
    /** Inside a release: each guide's rank moves and score changes, for its entry (src/lib/releases). */
    releaseChanges?: Map<number, GuideChangeRecord>
    /** Tags collected instead of expired until a release commits (src/lib/cache/revalidate.ts). */
    revalidationBatch?: Set<string>
    /** The main row before the save (src/hooks/notePublishedAddress.ts). */
    publishedBefore?: Map<string, MainRow | null>
    /** What readers see once the save commits, read once (src/hooks/addressChange.ts). */
    addressAfter?: Map<string, Published>
    /** A guide's published ranking and scorecard before the save, by id (notePublishedRanking). */
    publishedGuide?: Map<number, PublishedGuide | null>
    /** Whether an autosave's author held the admin's edit lock (src/hooks/keepEditLockOnAutosave.ts). */
    editLock?: Map<string, boolean>
  }
}
