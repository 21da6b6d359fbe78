import type { Payload } from 'payload'

import type { User } from '@/payload-types'

export type SeedUser = { email: string; password: string; role: User['role'] }

/** Creates the missing development accounts; returns what it created. Never used in production. */
export async function seedUsers(
  payload: Payload,
  users: SeedUser[],
  log: (line: string) => void,
): Promise<string[]> {
  const created: string[] = []
  for (const user of users) {
    const { totalDocs } = await payload.count({
      collection: 'users',
      where: { email: { equals: user.email } },
    })
    if (totalDocs > 0) continue
    await payload.create({ collection: 'users', data: user })
    created.push(`${user.role} ${user.email}`)
    log(`seed: created ${user.role} ${user.email} (password: ${user.password})`)
  }
  return created
}
