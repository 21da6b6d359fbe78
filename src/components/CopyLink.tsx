type Props = { anchor: string; label: string; copiedLabel: string; name: string }

/**
 * A link to an anchor. Without JavaScript it simply goes there; with /copy-link.js
 * (src/lib/render/scripts.ts) it also copies the full URL to the clipboard and says so. Each use is
 * counted (data-beacon: src/lib/analytics/beaconScript.ts).
 */
export function CopyLink({ anchor, label, copiedLabel, name }: Props) {
  return (
    <a
      className="copy-link"
      href={`#${anchor}`}
      aria-label={`${label}: ${name}`}
      data-copied={copiedLabel}
      data-beacon="copy"
    >
      <span aria-hidden="true">#</span>
      <span className="copy-link-text" aria-live="polite">
        {label}
      </span>
    </a>
  )
}
