import type { Finding } from './types'

// Pure: images a reader (or a screen reader) would get without words.

export type ImageUse = {
  /** The upload field, as the admin labels it: `Image` (meta.image). */
  field: string
  media: { id: number; alt?: string | null; filename?: string | null } | null
}

const blank = (value: string | null | undefined) => !value || value.trim() === ''

export function imageFindings(images: ImageUse[]): Finding[] {
  return images.flatMap(({ field, media }): Finding[] => {
    if (!media) return []
    const name = media.filename ?? `image ${media.id}`
    const alt = media.alt?.trim() ?? ''
    if (!blank(alt) && alt !== media.filename) return []
    return [
      {
        check: 'images',
        level: 'warning',
        message: `The image “${name}” (${field}) has no alt text${blank(alt) ? '' : ' beyond its file name'}: screen readers announce nothing useful. Describe it in the image’s alt text.`,
        field: 'alt',
        in: { collection: 'media', id: media.id, title: name },
      },
    ]
  })
}
