import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumAvailable } from './browser';
import { REPO } from './demoBuild';
import { eventually } from './paneQueries';
import { openSandbox, type SandboxSession } from './sandboxSession';

/**
 * The register edited while the add-in is closed (as in an Excel where it is not open), then opened again:
 * the rep's own row goes to the store through the rules, a colleague's row is listed and not written over.
 * Screenshots go to artifacts/e2e/closed-*.png.
 */
const SHOTS = join(REPO, 'artifacts', 'e2e');
const GELIN = '深圳市格林电子有限公司';
const REP = 2;
const REMARKS = 18;

const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
jest.setTimeout(180_000);

const cell = (page: Page, x: number, y: string) => page.locator(`.jss_worksheet tbody td[data-x="${x}"][data-y="${y}"]`);

/** The grid row (data-y) whose 客户名称 is exactly `name`. */
async function rowOf(page: Page, name: string): Promise<string> {
  const y = await page.locator('.jss_worksheet tbody td[data-x="1"]').evaluateAll(
    (tds, wanted) => tds.find((td) => td.textContent === wanted)?.getAttribute('data-y') ?? null, name);
  if (y === null) throw new Error(`no row named ${name}`);
  return y;
}

const remarksOf = async (page: Page, name: string) => cell(page, REMARKS, await rowOf(page, name)).textContent();

async function typeRemarks(page: Page, name: string, text: string): Promise<void> {
  const target = cell(page, REMARKS, await rowOf(page, name));
  // As in Excel: a key typed on a selected cell starts an edit over its content (Chinese text is inserted,
  // which starts none), then the editor's text is replaced.
  // The grid may still be settling after a reload and close an editor just opened: open it until it stays.
  const editing = () => target.evaluate((td) => td.classList.contains('editor'));
  await expect(eventually(async () => {
    if (!(await editing())) {
      await target.click();
      await page.keyboard.type('x');
    }
    return editing();
  }, (open) => open)).resolves.toBe(true);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await expect(eventually(() => target.textContent(), (t) => t === text)).resolves.toBe(text);
}

/** Waits until what the grid shows is saved (and the pane's pushes are done). */
const saved = (page: Page) => page.evaluate(() => (window as Window & { sandboxSaved?: () => Promise<void> }).sandboxSaved?.());

/** Saves the grid, then reloads the page with the add-in closed or open. */
async function switchAddIn(page: Page): Promise<void> {
  await saved(page);
  await Promise.all([page.waitForNavigation(), page.getByTestId('demo-addin').click()]);
  await page.locator('.jss_worksheet').waitFor({ timeout: 120_000 });
}

describeInBrowser('edits made while the add-in is closed', () => {
  let session: SandboxSession;
  const page = () => session.page;
  const shot = (name: string) => page().screenshot({ path: join(SHOTS, `closed-${name}.png`) });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await openSandbox({ customers: '100', workbook: 'closed-edits' });
  }, 240_000);
  afterAll(async () => { await session?.close(); });
  afterEach(() => { expect(session.pageErrors).toEqual([]); });

  test('the rep\'s own row is submitted under the rules; a colleague\'s row is listed, kept, then restored from the register', async () => {
    const user = await page().getByTestId('current-user').inputValue();
    const ownY = await page().locator(`.jss_worksheet tbody td[data-x="${REP}"]`).evaluateAll(
      (tds, rep) => tds.find((td) => td.textContent === rep)?.getAttribute('data-y') ?? null, user);
    const ownName = (await cell(page(), 1, ownY!).textContent())!;
    const gelinRemarks = (await remarksOf(page(), GELIN)) ?? '';
    await saved(page());

    await switchAddIn(page());
    await page().getByTestId('demo-addin-closed').waitFor();
    await typeRemarks(page(), ownName, '关闭插件时补的备注');
    await typeRemarks(page(), GELIN, '刘洋在王芳的行上改的');
    await shot('01-edited-without-add-in');

    await switchAddIn(page());
    await page().getByTestId('current-user').waitFor({ timeout: 120_000 });
    const typed = page().getByTestId('typed-rows').locator('li', { hasText: ownName });
    await typed.waitFor({ timeout: 60_000 });
    expect(await typed.textContent()).toContain('加载项关闭期间在表格中修改');
    expect(await typed.getAttribute('data-status')).toBe('claimed');
    const held = page().getByTestId('held-rows').locator('li', { hasText: GELIN });
    await held.waitFor();
    expect(await held.textContent()).toContain('备注：表格「刘洋在王芳的行上改的」');
    expect(await held.getByTestId('held-keep-sheet').count()).toBe(0);
    // Nothing was written over the colleague's row while it is listed.
    expect(await remarksOf(page(), GELIN)).toBe('刘洋在王芳的行上改的');
    await shot('02-opened-again');

    await held.getByTestId('held-keep-register').click();
    await page().getByTestId('held-rows').waitFor({ state: 'detached' });
    await expect(eventually(() => remarksOf(page(), GELIN), (t) => t === gelinRemarks)).resolves.toBe(gelinRemarks);

    // Reopened with the add-in: the own row's remark is the register's now, nothing is listed any more.
    await saved(page());
    await page().reload();
    await page().getByTestId('current-user').waitFor({ timeout: 120_000 });
    await page().getByTestId('customer-name').fill(ownName);
    await page().getByTestId('matches').locator('article').first().waitFor();
    expect(await remarksOf(page(), ownName)).toBe('关闭插件时补的备注');
    // Nothing listed, nothing submitted again: the sheet and the store agree.
    expect(await page().getByTestId('held-rows').count()).toBe(0);
    expect(await page().getByTestId('typed-rows').count()).toBe(0);
    await shot('03-reopened');
  });
});
