import { getAddresses } from '@/lib/content/addresses'
import { hrefOf } from '@/lib/content/links'

type Props = {
  cta: { heading: string; text?: string | null; linkLabel?: string | null }
  /** The heading's id, unique on the page. */
  id?: string
}

/**
 * A heading, a line and a button. The button shows only while its target is live; a click on it
 * is counted (data-beacon: src/lib/analytics/beaconScript.ts).
 */
export async function CallToAction({ cta, id = 'cta' }: Props) {
  const href = cta.linkLabel ? hrefOf(cta, await getAddresses()) : null
  return (
    <section className="cta" id={id} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{cta.heading}</h2>
      {cta.text ? <p>{cta.text}</p> : null}
      {href ? (
        <a className="cta-link" href={href} data-beacon="cta">
          {cta.linkLabel}
        </a>
      ) : null}
    </section>
  )
}
