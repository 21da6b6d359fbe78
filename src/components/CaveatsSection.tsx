import type { GuideView } from '@/lib/content/guide'

import { RichText } from './RichText'

export function CaveatsSection({ section }: { section: GuideView['caveatsSection'] }) {
  if (section.caveats.length === 0) return null
  return (
    <section className="section caveats" id="caveats" aria-labelledby="caveats-heading">
      <h2 id="caveats-heading">{section.heading}</h2>
      <div className="prose">
        {section.caveats.map((caveat) => (
          <RichText key={caveat.id} data={caveat.body} className="caveat" />
        ))}
      </div>
    </section>
  )
}
