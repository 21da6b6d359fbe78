'use client'

import { useDocumentDrawer } from '@payloadcms/ui'

import './rankingRow.scss'

/**
 * "Edit FastAPI's public fields" on a ranking row: the framework's own document (Best for,
 * language, build model, blurb) in a drawer over the guide, published from there.
 */
export function EditFrameworkButton({
  id,
  name,
  onSaved,
}: {
  id: string
  name: string
  onSaved: (doc: { name?: string }) => void
}) {
  const [Drawer, , { openDrawer }] = useDocumentDrawer({
    collectionSlug: 'frameworks',
    id: Number(id),
  })
  return (
    <>
      <button
        type="button"
        className="ranking-row-label__edit"
        // The row's header toggles the row; this button only opens the drawer.
        onClick={(event) => {
          event.stopPropagation()
          openDrawer()
        }}
      >
        Edit {name}’s public fields
      </button>
      <Drawer onSave={({ doc }) => onSaved(doc as { name?: string })} />
    </>
  )
}
