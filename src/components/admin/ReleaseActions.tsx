'use client'

import { Button, useDocumentInfo, useFormFields } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

type Outcome = { ok: boolean; message: string }
type Action = 'publish' | 'revert' | 'take-newer'

const ACTIONS: Record<Action, { label: string; busy: string; confirm?: string }> = {
  publish: {
    label: 'Publish release',
    busy: 'Publishing every document in one go…',
    confirm: 'Publish every document in this release now?',
  },
  revert: {
    label: 'Revert release',
    busy: 'Reverting…',
    confirm: 'Put every document back to what was published before this release?',
  },
  'take-newer': { label: 'Take newer drafts', busy: 'Taking the newest drafts…' },
}

/** The release's actions, each one request to /api/releases/:id/<action>, with its outcome. */
export function ReleaseActions() {
  const { id } = useDocumentInfo()
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const router = useRouter()
  const [busy, setBusy] = useState<Action | null>(null)
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  if (!id) return <p>Save the release, then publish it from here.</p>

  const run = async (action: Action) => {
    const { confirm } = ACTIONS[action]
    if (confirm && !window.confirm(confirm)) return
    setBusy(action)
    setOutcome(null)
    try {
      const response = await fetch(`/api/releases/${id}/${action}`, {
        method: 'POST',
        credentials: 'include',
      })
      const body = (await response.json()) as { message?: string; errors?: { message: string }[] }
      const message = response.ok ? body.message : body.errors?.map((e) => e.message).join(' ')
      setOutcome({ ok: response.ok, message: message ?? `HTTP ${response.status}` })
      if (response.ok) router.refresh()
    } catch (error) {
      setOutcome({ ok: false, message: (error as Error).message })
    } finally {
      setBusy(null)
    }
  }

  const open = status === 'open' || status === 'scheduled'
  const shown: Action[] = open
    ? ['publish', 'take-newer']
    : status === 'published'
      ? ['revert']
      : []
  return (
    <div className="release-actions" style={{ marginBlock: 'var(--base)' }}>
      <div style={{ display: 'flex', gap: 'calc(var(--base) / 2)' }}>
        {shown.map((action) => (
          <Button
            key={action}
            buttonStyle={action === 'take-newer' ? 'secondary' : 'primary'}
            disabled={busy !== null}
            onClick={() => void run(action)}
          >
            {ACTIONS[action].label}
          </Button>
        ))}
      </div>
      {busy && <p role="status">{ACTIONS[busy].busy}</p>}
      {outcome && (
        <p role={outcome.ok ? 'status' : 'alert'} className={outcome.ok ? undefined : 'error'}>
          {outcome.message}
        </p>
      )}
    </div>
  )
}
