import type { GuideView } from '@/lib/content/guide'
import { SCORECARD_SCRIPT_PATH } from '@/lib/http/siteRoutes'
import { WEIGHT_MAX, WEIGHT_MIN } from '@/lib/scorecard/types'
import type { ScorecardView } from '@/lib/scorecard/view'

import { OwnWeightingNotice } from './OwnWeightingNotice'

type Props = { view: ScorecardView; section: GuideView['scorecardSection']; path: string }

const WEIGHTS = Array.from({ length: WEIGHT_MAX - WEIGHT_MIN + 1 }, (_, i) => WEIGHT_MIN + i)

/**
 * One control per criterion, in a GET form: without JavaScript the server answers with the page
 * ranked by the reader's weights. Each select is named `w` and its values are `slug:n`, so the
 * form submits `?w=a:1&w=b:2…`, which the weighted route reads as one list and then redirects to
 * the one canonical `?w=` (proxy.ts, app/(site)/weighted). With JavaScript, /scorecard.js
 * re-ranks in place at each change.
 */
export function ReaderWeights({ view, section, path }: Props) {
  return (
    <form className="reader-weights" method="get" action={path} data-weights="">
      <h3 id="reader-weights-heading">{section.readerHeading}</h3>
      <div className="weight-controls">
        {view.criteria.map((criterion) => (
          <div key={criterion.slug} className="weight-control">
            <label htmlFor={`weight-${criterion.slug}`}>{criterion.name}</label>
            <select
              id={`weight-${criterion.slug}`}
              name="w"
              defaultValue={`${criterion.slug}:${criterion.weight}`}
              data-editorial={`${criterion.slug}:${criterion.editorialWeight}`}
            >
              {WEIGHTS.map((weight) => (
                <option key={weight} value={`${criterion.slug}:${weight}`}>
                  {weight}
                </option>
              ))}
            </select>
          </div>
        ))}
      </div>
      <button type="submit">{section.applyLabel}</button>
      <div aria-live="polite">
        <OwnWeightingNotice section={section} path={path} own={view.own} />
      </div>
      <script src={SCORECARD_SCRIPT_PATH} defer />
    </form>
  )
}
