'use client'

import { Pill, useRowLabel } from '@payloadcms/ui'

import { blockRowLabelText } from './blockRowLabelText'

/**
 * A page block's row reads "02 Callout  Compare the top three…": its number and kind, as Payload
 * shows them, then its name, heading or first words instead of Payload's "Untitled".
 */
export function BlockRowLabel({ blockLabel }: { blockLabel: string }) {
  const { data, rowNumber } = useRowLabel<Record<string, unknown>>()
  const text = blockRowLabelText(data)
  return (
    <span className="block-row-label" style={{ display: 'flex', gap: '0.5rem', minWidth: 0 }}>
      <span className="blocks-field__block-number">
        {String((rowNumber ?? 0) + 1).padStart(2, '0')}
      </span>
      <Pill pillStyle="white" size="small">
        {blockLabel}
      </Pill>
      <span
        className="block-row-label__text"
        style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
      >
        {text || 'Empty'}
      </span>
    </span>
  )
}
