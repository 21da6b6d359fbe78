import type { Field } from 'payload'

import type { Finding } from './types'

// Pure: where a finding's "Fix" link goes: the document's edit view, with the field and the tab it
// sits in after `#jump=` (src/components/admin/FieldJump.tsx opens the tab and scrolls to it).
// The tab is read from the collection's config, so a moved field keeps its jump.

const labelText = (label: unknown, fallback: string) =>
  typeof label === 'string' ? label : fallback

/** The label of the unnamed tab holding the top-level field `name`, if a tab holds it. */
export function tabOf(fields: Field[], name: string, inTab?: string): string | undefined {
  for (const field of fields) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const label = labelText(tab.label, 'name' in tab ? (tab.name ?? '') : '')
        if ('name' in tab && tab.name) {
          if (tab.name === name) return label
          continue
        }
        const found = tabOf(tab.fields, name, label)
        if (found) return found
      }
    } else if (field.type === 'row' || field.type === 'collapsible') {
      const found = tabOf(field.fields, name, inTab)
      if (found) return found
    } else if ('name' in field && field.name === name) {
      return inTab
    }
  }
  return undefined
}

export type JumpTarget = { collection: string; id: number; fields: Field[] }

/** The admin address of the field a finding names, in its own document or the one it is `in`. */
export function jumpHref(
  admin: string,
  finding: Finding,
  self: JumpTarget,
  fieldsOf: (collection: string) => Field[] | undefined,
): string {
  const where = finding.in ?? self
  const fields = finding.in ? fieldsOf(finding.in.collection) : self.fields
  const hash = new URLSearchParams()
  if (finding.field) {
    hash.set('jump', finding.field)
    const tab = fields && tabOf(fields, finding.field.split('.')[0]!)
    if (tab) hash.set('tab', tab)
  }
  const base = `${admin}/collections/${where.collection}/${where.id}`
  return hash.size > 0 ? `${base}#${hash.toString()}` : base
}
