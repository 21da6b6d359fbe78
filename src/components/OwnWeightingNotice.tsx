import type { GuideView } from '@/lib/content/guide'

type Props = { section: GuideView['scorecardSection']; path: string; own: boolean }

/**
 * Says plainly that the order shown is the reader's, not ours, with the way back to ours. Always
 * in the page (hidden under our weights) so the reader's script only has to show it.
 */
export function OwnWeightingNotice({ section, path, own }: Props) {
  return (
    <p className="own-weighting" data-own-weighting="" hidden={!own}>
      <span>{section.ownWeightingLabel}</span> <a href={path}>{section.backLabel}</a>
    </p>
  )
}
