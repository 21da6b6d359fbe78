import { parseEnv, type Env } from './schema'

export { EnvError, parseEnv, type Env } from './schema'

/** The validated environment, parsed once when first imported. Code reads this, not process.env. */
export const env: Env = parseEnv(process.env)
