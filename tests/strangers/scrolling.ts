import { errors, type Locator, type Page } from '@playwright/test';

/**
 * Turns the mouse wheel over a long list, as a person does, until `option` is drawn: after each
 * turn it waits for the list to move (a virtual list scrolls a box of its own), never for a time,
 * and stops once the list no longer moves — its end.
 */
export async function wheelUntilDrawn(page: Page, list: Locator, option: Locator, turns = 40): Promise<void> {
  for (let turn = 0; turn < turns && !(await option.count()); turn++) {
    const element = await list.elementHandle();
    if (!element) return;
    const before = await element.evaluate((box) => [box, ...box.querySelectorAll('*')].reduce((sum, inner) => sum + inner.scrollTop, 0));
    await list.hover();
    await page.mouse.wheel(0, 120);
    try {
      await page.waitForFunction(
        ([box, was]) => [box, ...box.querySelectorAll('*')].reduce((sum, inner) => sum + inner.scrollTop, 0) !== was,
        [element, before] as const,
        { timeout: 1_000 },
      );
    } catch (error) {
      if (error instanceof errors.TimeoutError) return;
      throw error;
    }
  }
}
