import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, type TestInfo } from '@playwright/test'

/** Where screenshots are kept for people to look at. */
export const screenshotPath = (name: string) => `.data/test-results/screenshots/${name}.png`

/**
 * What every reader page must hold at any size and color scheme: axe finds no violations, and the
 * page never scrolls sideways. Its full-page screenshot is kept as `.data/test-results/screenshots/
 * <name>.png` and attached to the report.
 */
export async function expectAccessibleAndFitting(page: Page, testInfo: TestInfo, name: string) {
  const { violations } = await new AxeBuilder({ page }).analyze()
  const screenshot = await page.screenshot({ fullPage: true, path: screenshotPath(name) })
  await testInfo.attach(`${name}.png`, { body: screenshot, contentType: 'image/png' })
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' | ')}`)).toEqual([])
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  )
  expect(overflow, 'no page-level horizontal scroll').toBeLessThanOrEqual(0)
}
