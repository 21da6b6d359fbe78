import { percent, rate, type Totals } from '@/lib/analytics/read/figures'
import type { Funnel } from '@/lib/analytics/read/guide'

type Step = { event: keyof Totals; label: string }

const GUIDE_STEPS: Step[] = [
  { event: 'view', label: 'Views' },
  { event: 'reached', label: 'Reached the ranking' },
  { event: 'cta', label: 'CTA clicks' },
]
const PAGE_STEPS: Step[] = [
  { event: 'view', label: 'Views' },
  { event: 'cta', label: 'CTA clicks' },
]
const GUIDE_OTHERS: Step[] = [
  { event: 'visitor', label: 'Unique visitors' },
  { event: 'outbound', label: 'Outbound clicks on ranked frameworks' },
  { event: 'copy', label: 'Copied the link' },
  { event: 'reweight', label: 'Re-ranked with their own weights' },
]
const PAGE_OTHERS: Step[] = [
  { event: 'visitor', label: 'Unique visitors' },
  { event: 'copy', label: 'Copied the link' },
]

/** A step's count, its share of views, and a bar as long as that share (the figure says it too). */
function StepCells({ totals, event }: { totals: Totals; event: keyof Totals }) {
  const share = rate(totals[event], totals.view)
  return (
    <>
      <td data-figure={event}>{totals[event]}</td>
      <td>
        {percent(share)}
        <span className="readers__bar" style={{ width: `${(share ?? 0) * 6}rem` }} aria-hidden />
      </td>
    </>
  )
}

/** The funnel (views → reached the ranking → CTA) for each period, with the other counts below. */
export function ReadersFunnel({ funnel, guide }: { funnel: Funnel[]; guide: boolean }) {
  const steps = guide ? GUIDE_STEPS : PAGE_STEPS
  const others = guide ? GUIDE_OTHERS : PAGE_OTHERS
  return (
    <>
      <h2 id="readers-funnel">
        {guide ? 'Funnel: views → reached the ranking → CTA' : 'Views → CTA'}
      </h2>
      <table className="readers__table" aria-labelledby="readers-funnel" data-table="funnel">
        <thead>
          <tr>
            <th scope="col">Step</th>
            {funnel.map((period) => (
              <th key={period.days} scope="col" colSpan={2}>
                Last {period.days} days (count, share of views)
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step.event} data-step={step.event}>
              <th scope="row">{step.label}</th>
              {funnel.map((period) => (
                <StepCells key={period.days} totals={period.totals} event={step.event} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <table className="readers__table" aria-label="Other counts" data-table="others">
        <thead>
          <tr>
            <th scope="col">Also counted</th>
            {funnel.map((period) => (
              <th key={period.days} scope="col">
                Last {period.days} days
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {others.map((step) => (
            <tr key={step.event} data-step={step.event}>
              <th scope="row">{step.label}</th>
              {funnel.map((period) => (
                <td key={period.days}>{period.totals[step.event]}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}
