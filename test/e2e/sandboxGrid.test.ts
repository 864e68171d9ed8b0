import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { STATUS_LIST } from '../../src/core/register/registerSchema';
import { chromiumAvailable } from './browser';
import { REPO } from './demoBuild';
import { eventually } from './paneQueries';
import { openSandbox, type SandboxSession } from './sandboxSession';

/**
 * The sandbox grid draws a list-validated column as Excel does: the register's header row shows 业务员 / 状态 /
 * 客户等级 as text, and only the data rows below offer the list as a dropdown. Screenshots:
 * artifacts/e2e/grid-headers.png (业务员) and grid-headers-right.png (状态, 客户等级).
 */
const SHOTS = join(REPO, 'artifacts', 'e2e');
const LIST_HEADERS = ['业务员', '状态', '客户等级'];

const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
jest.setTimeout(120_000);

/** The grid's column index of a register header (the grid titles its columns with the table's header). */
async function columnOf(page: Page, header: string): Promise<number> {
  const titles = await page.locator('.jss_worksheet thead tr:last-child td[data-x]').allTextContents();
  const x = titles.indexOf(header);
  if (x < 0) throw new Error(`no column titled ${header} in ${titles.join(' | ')}`);
  return x;
}

const cell = (page: Page, x: number, y: number) => page.locator(`.jss_worksheet tbody td[data-x="${x}"][data-y="${y}"]`);
const isDropdown = async (page: Page, x: number, y: number) =>
  (await cell(page, x, y).getAttribute('class') ?? '').split(' ').includes('jss_dropdown');

describeInBrowser('the sandbox grid\'s list columns', () => {
  let session: SandboxSession;
  const page = () => session.page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await openSandbox({ workbook: 'grid-headers' });
  }, 240_000);
  afterAll(async () => { await session?.close(); });
  afterEach(() => { expect(session.pageErrors).toEqual([]); });

  test('the header row shows 业务员 / 状态 / 客户等级 as text; the dropdowns start on the first data row', async () => {
    const columns = await Promise.all(LIST_HEADERS.map((header) => columnOf(page(), header)));
    // The register is written in slices: wait until its first customer row is drawn with its dropdowns.
    await expect(eventually(() => isDropdown(page(), columns[0], 1), Boolean)).resolves.toBe(true);
    for (const [i, x] of columns.entries()) {
      await expect(cell(page(), x, 0).textContent()).resolves.toBe(LIST_HEADERS[i]);
      await expect(isDropdown(page(), x, 0)).resolves.toBe(false);
      await expect(isDropdown(page(), x, 1)).resolves.toBe(true);
      await expect(cell(page(), x, 1).textContent()).resolves.not.toBe('');
    }
    await page().screenshot({ path: join(SHOTS, 'grid-headers.png') });
    // 状态 and 客户等级 sit further right: scroll them into view for a second look.
    await cell(page(), columns[1], 0).evaluate((td: HTMLElement) => {
      const content = td.closest('.jss_content');
      if (content) content.scrollLeft = td.offsetLeft - 60;
    });
    await page().screenshot({ path: join(SHOTS, 'grid-headers-right.png') });
  });

  test('a data row\'s status cell opens the list and takes the item picked; the header cell is edited as text', async () => {
    const status = await columnOf(page(), '状态');
    const shown = await cell(page(), status, 1).textContent();
    await cell(page(), status, 1).dblclick();
    const items = page().locator('.jdropdown-item');
    await items.first().waitFor();
    await expect(items.allTextContents()).resolves.toEqual([...STATUS_LIST]);
    await page().keyboard.press('Escape');
    await expect(cell(page(), status, 1).textContent()).resolves.toBe(shown);

    // Picking another status from the list writes it to the sheet, which the grid draws back.
    const picked = STATUS_LIST.find((item) => item !== shown && item !== '合作' && item !== '已释放') ?? '';
    await cell(page(), status, 1).dblclick();
    await items.filter({ hasText: picked }).first().click();
    await expect(eventually(() => cell(page(), status, 1).textContent(), (text) => text === picked)).resolves.toBe(picked);
    // It is in the workbook, not only in the grid: it is still there after a reload.
    await page().evaluate(() => (window as Window & { sandboxSaved?: () => Promise<void> }).sandboxSaved?.());
    await page().reload();
    await page().locator('.jss_worksheet').waitFor({ timeout: 120_000 });
    await expect(eventually(() => cell(page(), status, 1).textContent(), (text) => text === picked)).resolves.toBe(picked);

    await cell(page(), status, 0).dblclick();
    await expect(cell(page(), status, 0).locator('input').inputValue()).resolves.toBe('状态');
    await expect(page().locator('.jdropdown-item:visible').count()).resolves.toBe(0);
    await page().keyboard.press('Escape');
    await expect(cell(page(), status, 0).textContent()).resolves.toBe('状态');
    // A key typed on the selected header cell starts a text edit over it, as in Excel; Escape keeps the header.
    await cell(page(), status, 0).click();
    await page().keyboard.type('X');
    await expect(cell(page(), status, 0).locator('input').inputValue()).resolves.toBe('X');
    await page().keyboard.press('Escape');
    await expect(cell(page(), status, 0).textContent()).resolves.toBe('状态');
  });
});
