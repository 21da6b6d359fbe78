// `npm run seed`: creates whatever seed content is missing; running it again changes nothing.
import { runOnAppDatabase } from './runtime'

await runOnAppDatabase('seed')
