import type { Payload } from 'payload'

import { jumpTo } from '@/lib/checks/jump'
import { CHECKS, type CheckId } from '@/lib/checks/types'
import type { CheckedDocument } from '@/lib/checks/document'

const VERSION_WORDS = {
  live: 'Live now; the scheduled version fixes it.',
  scheduled: 'Only in the scheduled version.',
} as const

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
  const configOf = (slug: string) => payload.collections[slug as 'guides']?.config
  const self = {
    collection: checked.collection,
    id: checked.id,
    config: payload.collections[checked.collection].config,
  }
  const findings = only ? checked.findings.filter((f) => f.check === only) : checked.findings
  return (
    <ul className="checks__findings">
      {findings.map((finding, index) => {
        const jump = jumpTo(admin, finding, self, configOf)
        return (
          <li key={index} className={`checks__finding checks__finding--${finding.level}`}>
            <span className="checks__level">{finding.level}</span>
            {only ? null : <span className="checks__check">{CHECKS[finding.check]}</span>}
            <span className="checks__message">{finding.message}</span>
            {finding.version ? (
              <span className="checks__version">{VERSION_WORDS[finding.version]}</span>
            ) : null}
            {finding.sentence ? <q className="checks__sentence">{finding.sentence}</q> : null}
            <a className="checks__jump" href={jump.href}>
              {jump.text}
            </a>
          </li>
        )
      })}
    </ul>
  )
}
