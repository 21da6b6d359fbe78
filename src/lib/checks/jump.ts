import type { Field, FlattenedField } from 'payload'

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

/** `linkLabel` → `Link label`, as Payload labels a field that has no label of its own. */
const words = (name: string) => {
  const spaced = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase()
  return spaced.charAt(0).toUpperCase() + spaced.slice(1)
}

/** The admin's label of the field at `path` (row numbers skipped), as deep as the config goes. */
export function fieldLabel(fields: FlattenedField[], path: string): string {
  let list: FlattenedField[] | undefined = fields
  let label = words(path.split('.').at(-1) ?? path)
  for (const part of path.split('.')) {
    if (/^\d+$/.test(part) || !list) continue
    const field: FlattenedField | undefined = list.find(
      (each) => 'name' in each && each.name === part,
    )
    if (!field) break
    label = typeof field.label === 'string' ? field.label : words(part)
    list =
      field.type === 'group' || field.type === 'array' || field.type === 'tab'
        ? field.flattenedFields
        : undefined
  }
  return label
}

/** A collection's config, as far as a jump needs it. */
export type Fields = { fields: Field[]; flattenedFields: FlattenedField[] }
export type JumpTarget = { collection: string; id: number; config: Fields }

/** The admin address of the field a finding names (in its own document or the one it is `in`), and the words of the link. */
export function jumpTo(
  admin: string,
  finding: Pick<Finding, 'field' | 'in'>,
  self: JumpTarget,
  configOf: (collection: string) => Fields | undefined,
): { href: string; text: string } {
  const where = finding.in ?? self
  const config = finding.in ? configOf(finding.in.collection) : self.config
  const hash = new URLSearchParams()
  let text = 'Open it'
  if (finding.field) {
    hash.set('jump', finding.field)
    const tab = config && tabOf(config.fields, finding.field.split('.')[0]!)
    if (tab) hash.set('tab', tab)
    const label = config ? fieldLabel(config.flattenedFields, finding.field) : finding.field
    text = `Go to “${label}”${tab ? ` (${tab})` : ''}`
  }
  if (finding.in) text = `${text} in “${finding.in.title}”`
  const base = `${admin}/collections/${where.collection}/${where.id}`
  return { href: hash.size > 0 ? `${base}#${hash.toString()}` : base, text }
}
