/**
 * Headers for every response: a Content-Security-Policy that the site and the Payload admin both
 * run under, framing limited to this origin (Live Preview frames the site inside the admin),
 * no MIME sniffing, and a strict referrer policy. HSTS only when the site is served over https.
 */
export function securityHeaders({
  siteUrl,
  development,
  inlineScripts = true,
}: {
  siteUrl: string
  development: boolean
  /**
   * Next's inline bootstrap scripts carry no nonce on cached pages. Readers' pages have none
   * (src/lib/render): their scripts are files of our own, and nothing inline may run.
   */
  inlineScripts?: boolean
}) {
  const csp = [
    "default-src 'self'",
    // Dev tooling needs eval.
    `script-src 'self'${inlineScripts ? " 'unsafe-inline'" : ''}${development ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${development ? ' ws: wss:' : ''}`,
    "frame-src 'self'",
    "frame-ancestors 'self'",
    "base-uri 'self'",
    "form-action 'self'",
    "object-src 'none'",
  ].join('; ')
  const headers = [
    { key: 'Content-Security-Policy', value: csp },
    { key: 'X-Content-Type-Options', value: 'nosniff' },
    { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  ]
  if (siteUrl.startsWith('https://')) {
    headers.push({ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' })
  }
  return headers
}

/** The headers of a reader's page (src/lib/render/readerResponse.ts): no inline script runs. */
export const readerSecurityHeaders = () =>
  securityHeaders({
    siteUrl: process.env.SITE_URL ?? '',
    development: process.env.NODE_ENV === 'development',
    inlineScripts: false,
  })
