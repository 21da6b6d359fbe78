import type { Guide } from '@/payload-types'

export function CallToAction({ cta }: { cta: Guide['cta'] }) {
  return (
    <section className="cta" id="cta" aria-labelledby="cta-heading">
      <h2 id="cta-heading">{cta.heading}</h2>
      {cta.text ? <p>{cta.text}</p> : null}
      {cta.linkLabel && cta.url ? (
        <a className="cta-link" href={cta.url}>
          {cta.linkLabel}
        </a>
      ) : null}
    </section>
  )
}
