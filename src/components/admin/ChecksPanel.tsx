import type { UIFieldServerProps } from 'payload'

import { APPLIES, checkStored, type Checkable } from '@/lib/checks/document'
import { sharedReads } from '@/lib/checks/reads'
import { CHECKS } from '@/lib/checks/types'

import { FieldJump } from './FieldJump'
import { FindingsList } from './FindingsList'
import './checks.scss'

const checkable = (slug: string): slug is Checkable => slug === 'guides' || slug === 'pages'

/** The newest save of the document being edited, checked; undefined before its first save. */
async function checkedOf({ id, collectionSlug, req }: UIFieldServerProps) {
  if (id === undefined || !checkable(collectionSlug)) return undefined
  return checkStored(sharedReads(req), collectionSlug, Number(id), { draft: true })
}

const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/**
 * The Checks tab: each check that applies, passing or with what it found (the sentence, a jump
 * to the field), and which ones a publish requires. Read on the server from the last save.
 */
export async function ChecksPanel(props: UIFieldServerProps) {
  const checked = await checkedOf(props)
  if (!checked) return <p className="checks__empty">Save the document to check it.</p>
  const required = new Set(
    ((props.data as { requiredChecks?: string[] } | undefined)?.requiredChecks ?? []),
  )
  return (
    <section className="checks" aria-label="Checks">
      <ul className="checks__list">
        {APPLIES[checked.collection].map((check) => {
          const found = checked.findings.filter((finding) => finding.check === check)
          const warnings = found.filter((finding) => finding.level === 'warning').length
          const state = warnings > 0 ? 'warning' : found.length > 0 ? 'notice' : 'pass'
          return (
            <li key={check} className={`checks__item checks__item--${state}`} data-check={check}>
              <h3 className="checks__name">
                {CHECKS[check]}
                {required.has(check) ? <span className="checks__required">required</span> : null}
                <span className="checks__state">
                  {state === 'pass'
                    ? 'passes'
                    : warnings > 0
                      ? count(warnings, 'warning')
                      : count(found.length, 'notice')}
                </span>
              </h3>
              {found.length > 0 ? (
                <FindingsList payload={props.payload} checked={checked} only={check} />
              ) : null}
            </li>
          )
        })}
      </ul>
    </section>
  )
}

/** The sidebar's line: how many warnings the Checks tab lists, and the jump to it. */
export async function ChecksSummary(props: UIFieldServerProps) {
  const checked = await checkedOf(props)
  const warnings = checked?.findings.filter((finding) => finding.level === 'warning').length ?? 0
  const notices = (checked?.findings.length ?? 0) - warnings
  return (
    <div className="checks-summary">
      <FieldJump />
      {checked ? (
        <p>
          <strong>Checks:</strong>{' '}
          {warnings + notices === 0
            ? 'all pass'
            : [warnings ? count(warnings, 'warning') : '', notices ? count(notices, 'notice') : '']
                .filter(Boolean)
                .join(', ')}
          . <a href="#tab=Checks">See the Checks tab</a>
        </p>
      ) : null}
    </div>
  )
}
