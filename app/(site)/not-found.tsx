import Link from 'next/link'

// Framework chrome, not guide copy: shown when there is no guide to draw words from.
export default function NotFound() {
  return (
    <main className="site-main not-found" id="content">
      <h1>Page not found</h1>
      <p>
        There is no guide at this address. <Link href="/">Go to the home page</Link>.
      </p>
    </main>
  )
}
