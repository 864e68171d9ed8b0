import type { Page } from 'playwright-core';

/** The pane's name field and its first match card, as the e2e stories find them. */
export const nameField = (page: Page) => page.getByRole('textbox', { name: '客户名称' });
export const firstMatch = (page: Page) => page.getByTestId('matches').locator('article').first();

/**
 * Reads until `ok` holds (or the time is up) and returns the last value read: the live check and the grid settle
 * a moment after the pane answers, so a story waits for the state rather than a fixed time.
 */
export async function eventually<T>(read: () => Promise<T>, ok: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  return value;
}
