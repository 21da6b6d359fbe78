import { expect, type Page } from '@playwright/test'

/**
 * The reviewer's verdict box on a share link reads `state` (its data attribute, which the styles
 * and the admin share) in words that say it, as the reviewer reads it.
 */
export async function expectReviewerVerdict(
  page: Page,
  state: 'approved' | 'changes' | 'earlier-draft' | 'none',
  words: string | RegExp,
) {
  const box = page.locator('[data-review-verdict]')
  await expect(box).toHaveAttribute('data-review-verdict', state)
  await expect(box).toContainText(words)
}
