// The one module in src/ that reaches the Payload config (payload.config.ts) back up. The config
// imports the collections, their hooks and through them most of src/lib: a module among them that
// imported the config would close a cycle that works only while nothing reads it at load time.
// Here it is imported on first use instead (.dependency-cruiser.mjs allows no other way).
import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { devSchemaPushed } from './devSchema'

/** The app's sanitized config, loaded when first asked for. */
export const loadConfig = async (): Promise<SanitizedConfig> =>
  (await import('@payload-config')).default

/** The app's Payload (one per process: getPayload keeps it). */
export const payloadClient = async (): Promise<Payload> => {
  await devSchemaPushed()
  return getPayload({ config: loadConfig() })
}
