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

    // The reloaded pane may still be redrawing the grid (its first check writes the computed columns), which
    // closes an editor just opened: double-click again until the header's text editor stays open.
    const editor = cell(page(), status, 0).locator('input');
    const openEditor = async () => {
      if (await editor.count() === 0) await cell(page(), status, 0).dblclick();
      return editor.count();
    };
    await expect(eventually(openEditor, (open) => open > 0)).resolves.toBeGreaterThan(0);
    await expect(editor.inputValue()).resolves.toBe('状态');
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

  test('an open list never loses the cell\'s value: Enter takes the first match of a search, Escape, Tab and a click elsewhere keep it', async () => {
    const status = await columnOf(page(), '状态');
    const list = page().locator('.jdropdown-item:visible');
    const textOf = (y: number) => cell(page(), status, y).textContent();
    const closed = () => expect(eventually(() => list.count(), (count) => count === 0)).resolves.toBe(0);
    // Rows 2 to 7 of the sample register, none of them 送样 (so Enter on 送 visibly changes one).
    const rows: number[] = [];
    for (let y = 2; rows.length < 6 && y < 40; y++) {
      const text = await textOf(y);
      if (text && text !== '送样' && text !== '合作' && text !== '已释放') rows.push(y);
    }
    const [enterRow, escapeRow, clickRow, tabRow, arrowRow, plainEnterRow] = rows;
    const before = await Promise.all(rows.map(textOf));
    const open = async (y: number) => {
      await cell(page(), status, y).dblclick();
      await list.first().waitFor();
    };

    await open(enterRow);
    await page().keyboard.type('送');
    await page().keyboard.press('Enter');
    await expect(eventually(() => textOf(enterRow), (text) => text === '送样')).resolves.toBe('送样');
    await closed();
    await page().screenshot({ path: join(SHOTS, 'grid-dropdown-search.png') });

    await open(escapeRow);
    await page().keyboard.type('送');
    await page().keyboard.press('Escape');
    await closed();
    await expect(textOf(escapeRow)).resolves.toBe(before[1]);

    await open(clickRow);
    await page().keyboard.type('送');
    await cell(page(), status - 1, clickRow + 3).click();
    await closed();
    await expect(textOf(clickRow)).resolves.toBe(before[2]);

    await open(tabRow);
    await page().keyboard.press('Tab');
    await closed();
    await expect(textOf(tabRow)).resolves.toBe(before[3]);

    // Tab after moving the highlight takes the highlighted item, as a pick.
    await open(arrowRow);
    await page().keyboard.press('ArrowDown');
    const highlighted = await page().locator('.jdropdown-cursor').textContent();
    await page().keyboard.press('Tab');
    await closed();
    await expect(eventually(() => textOf(arrowRow), (text) => text === highlighted)).resolves.toBe(highlighted);

    // Enter on the list as it opened keeps the value (jSuites would toggle the selected item off).
    await open(plainEnterRow);
    await page().keyboard.press('Enter');
    await closed();
    await expect(textOf(plainEnterRow)).resolves.toBe(before[5]);

    // What the grid shows is what the workbook holds: the same after a reload.
    const shown = await Promise.all(rows.map(textOf));
    expect(shown.every(Boolean)).toBe(true);
    await page().evaluate(() => (window as Window & { sandboxSaved?: () => Promise<void> }).sandboxSaved?.());
    await page().reload();
    await page().locator('.jss_worksheet').waitFor({ timeout: 120_000 });
    await expect(eventually(() => textOf(rows[0]), (text) => text === '送样')).resolves.toBe('送样');
    await expect(Promise.all(rows.map(textOf))).resolves.toEqual(shown);
  });

  test('Delete on a selected list cell clears it, as in Excel: the one way to blank it', async () => {
    const status = await columnOf(page(), '状态');
    const y = 12;
    await expect(eventually(() => cell(page(), status, y).textContent(), Boolean)).resolves.toBeTruthy();
    await cell(page(), status, y).click();
    await page().keyboard.press('Delete');
    await expect(eventually(() => cell(page(), status, y).textContent(), (text) => text === '')).resolves.toBe('');
  });
});
