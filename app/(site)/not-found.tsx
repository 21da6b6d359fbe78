import Link from 'next/link'

// Framework chrome, not guide copy: shown when there is no guide to draw words from.
export default function NotFound() {
  return (
    <div className="not-found">
      <h1>Page not found</h1>
      <p>
        There is no guide at this address. <Link href="/">Go to the home page</Link>.
      </p>
    </div>
  )
}
