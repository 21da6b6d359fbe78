import type { HeadImage, PageHead } from '@/lib/seo/head'

/**
 * A page's title, description, canonical and alternate links, and its social cards. Readers' pages
 * write it in their <head> (src/lib/render/readerDocument.tsx); in a preview, React hoists it there.
 */
export function HeadTags({ head }: { head: PageHead }) {
  const { openGraph: og, twitter } = head
  return (
    <>
      <title>{head.title}</title>
      {head.description ? <meta name="description" content={head.description} /> : null}
      {head.robots ? (
        <meta
          name="robots"
          content={`${head.robots.index ? 'index' : 'noindex'}, ${head.robots.follow ? 'follow' : 'nofollow'}`}
        />
      ) : null}
      {head.canonical ? <link rel="canonical" href={head.canonical} /> : null}
      {Object.entries(head.alternates ?? {}).map(([type, href]) => (
        <link key={type} rel="alternate" type={type} href={href} />
      ))}
      {og ? (
        <>
          <meta property="og:title" content={og.title} />
          {og.description ? <meta property="og:description" content={og.description} /> : null}
          <meta property="og:url" content={og.url} />
          <meta property="og:site_name" content={og.siteName} />
          {og.images.map((image) => (
            <OgImage key={image.url} image={image} />
          ))}
          <meta property="og:type" content={og.type} />
          <meta property="article:modified_time" content={og.modifiedTime} />
        </>
      ) : null}
      {twitter ? (
        <>
          <meta name="twitter:card" content={twitter.card} />
          <meta name="twitter:title" content={twitter.title} />
          {twitter.description ? (
            <meta name="twitter:description" content={twitter.description} />
          ) : null}
          {twitter.images.map((image) => (
            <TwitterImage key={image.url} url={image.url} alt={image.alt} />
          ))}
        </>
      ) : null}
    </>
  )
}

function OgImage({ image }: { image: HeadImage }) {
  return (
    <>
      <meta property="og:image" content={image.url} />
      {image.width ? <meta property="og:image:width" content={String(image.width)} /> : null}
      {image.height ? <meta property="og:image:height" content={String(image.height)} /> : null}
      <meta property="og:image:alt" content={image.alt} />
    </>
  )
}

function TwitterImage({ url, alt }: { url: string; alt: string }) {
  return (
    <>
      <meta name="twitter:image" content={url} />
      <meta name="twitter:image:alt" content={alt} />
    </>
  )
}
