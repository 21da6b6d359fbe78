import type { BaseDatabaseAdapter, PayloadRequest } from 'payload'

type Task = () => Promise<void> | void
type Adapter = Pick<BaseDatabaseAdapter, 'commitTransaction' | 'rollbackTransaction' | 'sessions'>

const queued = new Map<number | string, Task[]>()
const wrapped = new WeakSet<object>()

/**
 * Runs `task` once `req`'s database transaction has committed, or at once when it has none.
 * Payload runs afterChange hooks inside the save's transaction: anything another connection
 * reads there (a page render after a cache purge) would still see the old content. A rolled-back
 * transaction drops its tasks. A failing task is logged, never thrown at the save.
 */
export async function afterCommit(req: PayloadRequest, task: Task): Promise<void> {
  const id = await req.transactionID
  const db = req.payload.db as Adapter
  if (id === undefined || id === null || !db.sessions?.[id]) {
    await run([task])
    return
  }
  hookInto(db)
  const tasks = queued.get(id)
  if (tasks) tasks.push(task)
  else queued.set(id, [task])
}

/** Payload 3 has no after-commit hook: the adapter's commit and rollback are wrapped, once. */
function hookInto(db: Adapter) {
  if (wrapped.has(db)) return
  wrapped.add(db)
  const commit = db.commitTransaction.bind(db)
  const rollback = db.rollbackTransaction.bind(db)
  db.commitTransaction = async (incoming) => {
    const id = await incoming
    await commit(id)
    const tasks = queued.get(id)
    queued.delete(id)
    if (tasks) await run(tasks)
  }
  db.rollbackTransaction = async (incoming) => {
    const id = await incoming
    queued.delete(id)
    await rollback(id)
  }
}

async function run(tasks: Task[]) {
  for (const task of tasks) {
    try {
      await task()
    } catch (error) {
      console.error('[guide] a task after a commit failed:', error)
    }
  }
}
