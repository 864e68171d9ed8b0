/**
 * Opening the register model in headless Chromium over the browser's real IndexedDB (the Node run's
 * fake-indexeddb is far slower): the page (paneOpenPage.ts) is bundled with esbuild and served on 127.0.0.1.
 * One page load seeds the store and writes the register sheet; a second, fresh load — as a rep opening the pane —
 * measures store ready → usable name field, the live check settled, and keystroke → verdict. Printed as JSON.
 *
 *   node -r ./bench/register-ts.cjs bench/paneOpenBrowser.ts [--customers 10000] [--profile open.cpuprofile]
 *
 * `--profile` writes a CPU profile of the measuring page load (for Chrome DevTools).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, chromiumAvailable, launchChromium } from '../test/e2e/browser';
import { serveFolder } from '../test/e2e/staticServer';

const PAGE_TIMEOUT_MS = 20 * 60_000;

async function bundlePage(folder: string): Promise<void> {
  await build({
    entryPoints: [join(__dirname, 'paneOpenPage.ts')], bundle: true, platform: 'browser', format: 'iife', target: 'chrome120',
    minify: false, sourcemap: 'linked', outfile: join(folder, 'paneOpen.js'), logLevel: 'warning', define: { 'process.env.NODE_ENV': '"production"' },
  });
  writeFileSync(join(folder, 'index.html'), '<!doctype html><meta charset="utf-8"><title>pane open</title><script src="paneOpen.js"></script>');
}

async function runPhase(browser: Browser, page: Page, url: string, profilePath?: string): Promise<Record<string, unknown>> {
  // The renderer processes' CPU time (SystemInfo.getProcessInfo): the page's own work, whatever else the machine runs.
  const browserTools = await browser.newBrowserCDPSession();
  await page.exposeFunction('__rendererCpuMs', async () => {
    const { processInfo } = await browserTools.send('SystemInfo.getProcessInfo');
    return processInfo.filter((p) => p.type === 'renderer').reduce((sum, p) => sum + p.cpuTime, 0) * 1000;
  });
  const devTools = await page.context().newCDPSession(page);
  if (profilePath) {
    await devTools.send('Profiler.enable');
    await devTools.send('Profiler.start');
  }
  await page.goto(url);
  await page.waitForFunction(() => window.__paneOpen !== undefined, undefined, { timeout: PAGE_TIMEOUT_MS, polling: 500 });
  if (profilePath) writeFileSync(profilePath, JSON.stringify((await devTools.send('Profiler.stop')).profile));
  const result = await page.evaluate(() => window.__paneOpen);
  if (!result?.ok) throw new Error(`pane open bench page failed: ${result ? result.error : 'no result'}`);
  return result.figures as Record<string, unknown>;
}

export async function measurePaneOpenInBrowser(customers: number, profilePath?: string): Promise<object> {
  if (!chromiumAvailable()) return { skipped: `${CHROMIUM} not found` };
  const folder = mkdtempSync(join(tmpdir(), 'pane-open-'));
  await bundlePage(folder);
  const site = await serveFolder(folder);
  const browser = await launchChromium();
  try {
    const context = await browser.newContext();
    const page = await context.newPage();
    const seeded = await runPhase(browser, page, `${site.url}?phase=seed&customers=${customers}`);
    // A new page in the same profile: cold code, the store and the workbook as the seeding left them.
    await page.close();
    const opened = await runPhase(browser, await context.newPage(), `${site.url}?phase=open&customers=${customers}`, profilePath);
    return { benchmark: 'register model open in headless Chromium (real IndexedDB)', customers, ...opened, ...seeded };
  } finally {
    await browser.close();
    await site.close();
    rmSync(folder, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const argument = (name: string) => {
    const at = process.argv.indexOf(`--${name}`);
    return at >= 0 ? process.argv[at + 1] : undefined;
  };
  measurePaneOpenInBrowser(Number(argument('customers') ?? 10_000), argument('profile')).then(
    (figures) => process.stdout.write(`${JSON.stringify(figures)}\n`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
