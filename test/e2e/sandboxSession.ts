import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { ensureDemoBuild } from './demoBuild';
import { serveFolder, type StaticSite } from './staticServer';

/** The business day every end-to-end run pretends it is, so dates and screenshots are repeatable. */
export const E2E_TODAY = '2026-11-02';

export interface SandboxSession {
  site: StaticSite;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Errors the page threw: a test fails if any appear. */
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * Builds the sandbox if needed, serves it, and opens it in headless Chromium at `?today=…` with a fresh
 * profile (so the first run seeds the sample team), waiting until the register is open.
 */
export async function openSandbox(query: Record<string, string> = {}, viewport = { width: 1440, height: 900 }): Promise<SandboxSession> {
  const site = await serveFolder(ensureDemoBuild());
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport, locale: 'zh-CN', permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const params = new URLSearchParams({ today: E2E_TODAY, ...query });
  await page.goto(`${site.url}?${params}`);
  await page.getByTestId('current-user').waitFor({ timeout: 120_000 });
  await page.locator('.jss_worksheet').waitFor({ timeout: 120_000 });
  return {
    site, browser, context, page, pageErrors,
    async close() {
      await browser.close();
      await site.close();
    },
  };
}
