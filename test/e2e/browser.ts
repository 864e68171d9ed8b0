import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

/** Chromium is required in CI; elsewhere a missing browser skips the end-to-end tests, saying why. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') {
    throw new Error(`${CHROMIUM} is missing: end-to-end tests must run in CI (apt-get install -y chromium)`);
  }
  console.warn(`Skipping end-to-end tests: ${CHROMIUM} not found (apt-get install -y chromium). In CI they fail instead.`);
  return false;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--no-first-run'],
  });
}
