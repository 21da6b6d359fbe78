// A beacon load in a process of its own (benchBeacons.ts floodInChild): a line when it starts,
// then its result as JSON on stdout. Its argument: { url, options, firstReader } as JSON.
import { beaconLoad } from './benchBeacons'
import type { Load } from './benchKit'

const { url, options, firstReader } = JSON.parse(process.argv[2] ?? '{}') as {
  url: string
  options: Load
  firstReader: number
}
process.stdout.write('started\n')
process.stdout.write(JSON.stringify(await beaconLoad(url, options, { firstReader })))
