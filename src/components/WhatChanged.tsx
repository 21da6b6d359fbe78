import { moveText, scoreText } from '@/lib/content/changes'
import { readableDate } from '@/lib/content/dates'
import type { GuideView } from '@/lib/content/guide'
import { changesFeedPath } from '@/lib/content/urls'

/** The guide's published changes, newest first, with its Atom feed. Nothing while there are none. */
export function WhatChanged({ guide }: { guide: GuideView }) {
  const section = guide.changesSection
  if (guide.changes.length === 0) return null
  return (
    <section className="section what-changed" id="what-changed" aria-labelledby="changes-heading">
      <h2 id="changes-heading">{section.heading}</h2>
      {section.intro && <p>{section.intro}</p>}
      <ol className="changes">
        {guide.changes.map((change) => (
          <li key={change.id}>
            <time dateTime={change.at}>{readableDate(change.at)}</time>
            {change.kind === 'revert' && <strong> {section.revertedLabel}</strong>}
            {change.note && <p>{change.note}</p>}
            {change.moves.length + change.scores.length > 0 && (
              <ul>
                {change.moves.map((move) => (
                  <li key={`move-${move.name}`}>{moveText(move, guide.tableLabels.rank)}</li>
                ))}
                {change.scores.map((score) => (
                  <li key={`score-${score.entry ?? ''}-${score.criterion}`}>{scoreText(score)}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
      <p>
        <a href={changesFeedPath(guide.slug)} type="application/atom+xml">
          {section.feedLabel}
        </a>
      </p>
    </section>
  )
}
