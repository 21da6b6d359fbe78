/** One of our own small scripts, cached by browsers and shared caches for an hour. */
export const scriptResponse = (source: string) =>
  new Response(source, {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=3600',
    },
  })
