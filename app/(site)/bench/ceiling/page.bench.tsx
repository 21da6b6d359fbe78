import type { Metadata } from 'next'

// The benchmark's ceiling (npm run bench): a static page prerendered at build, about the size of
// the guide, to compare the guide's throughput against what Next serves at best. Not content: it
// exists only in the benchmark's own build (BENCH_BUILD=1, next.config.ts), never in the site.
export const dynamic = 'force-static'
export const metadata: Metadata = { title: 'Benchmark ceiling', robots: { index: false } }

const paragraph =
  'A prerendered paragraph of filler text that stands in for the guide when measuring how fast ' +
  'Next.js can serve a static page of the same size from its cache on this machine. '

export default function BenchCeiling() {
  return (
    <main className="site-main">
      <h1>Benchmark ceiling</h1>
      {Array.from({ length: 100 }, (_, index) => (
        <p key={index}>{paragraph}</p>
      ))}
    </main>
  )
}
