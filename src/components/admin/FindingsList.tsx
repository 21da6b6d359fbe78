import type { Payload } from 'payload'

import { jumpHref } from '@/lib/checks/jump'
import { CHECKS, type CheckId } from '@/lib/checks/types'
import type { CheckedDocument } from '@/lib/checks/document'

/** One document's findings, each with its check, its level, the sentence and a jump to the field. */
export function FindingsList({
  payload,
  checked,
  only,
}: {
  payload: Payload
  checked: CheckedDocument
  /** Show only this check's findings. */
  only?: CheckId
}) {
  const admin = payload.config.routes.admin
  const self = {
    collection: checked.collection,
    id: checked.id,
    fields: payload.collections[checked.collection].config.fields,
  }
  const fieldsOf = (slug: string) =>
    payload.collections[slug as 'guides']?.config.fields ?? undefined
  const findings = only ? checked.findings.filter((f) => f.check === only) : checked.findings
  return (
    <ul className="checks__findings">
      {findings.map((finding, index) => (
        <li key={index} className={`checks__finding checks__finding--${finding.level}`}>
          <span className="checks__level">{finding.level}</span>
          {only ? null : <span className="checks__check">{CHECKS[finding.check]}</span>}
          <span className="checks__message">{finding.message}</span>
          {finding.sentence ? <q className="checks__sentence">{finding.sentence}</q> : null}
          <a className="checks__jump" href={jumpHref(admin, finding, self, fieldsOf)}>
            {finding.in
              ? `Fix in ${finding.in.collection === 'media' ? 'the image' : `“${finding.in.title}”`}`
              : finding.field
                ? `Go to ${finding.field}`
                : 'Open'}
          </a>
        </li>
      ))}
    </ul>
  )
}
