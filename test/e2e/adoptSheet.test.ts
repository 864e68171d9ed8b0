import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumAvailable } from './browser';
import { REPO } from './demoBuild';
import { openSandbox, type SandboxSession } from './sandboxSession';

/**
 * A team that kept its customers in its own sheet installs the add-in: the pane offers to adopt the sheet,
 * the rep corrects one column, adopts it, and sees the duplicates the sheet was hiding. Screenshots go to
 * artifacts/e2e/adopt-*.png.
 */
const SHOTS = join(REPO, 'artifacts', 'e2e');

const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
jest.setTimeout(120_000);

describeInBrowser('adopting a team\'s old customer sheet in the sandbox', () => {
  let session: SandboxSession;
  const page = () => session.page;
  const shot = (name: string) => page().screenshot({ path: join(SHOTS, `adopt-${name}.png`) });
  const mappingOf = (column: number) => page().getByTestId(`adopt-column-${column}`).getByRole('combobox');

  /**
   * The grid's cells under one header, top to bottom (the table's data rows). The grid shows the sheet from
   * row 1, so the rows down to the header row itself are skipped.
   */
  const gridColumn = (header: string) => page().evaluate((text) => {
    const heads = [...document.querySelectorAll('.jss_worksheet thead td')].map((td) => td.textContent?.trim());
    const index = heads.indexOf(text);
    const cells = [...document.querySelectorAll('.jss_worksheet tbody tr')].map((tr) => tr.children[index]?.textContent?.trim() ?? '');
    return cells.slice(cells.indexOf(text) + 1);
  }, header);
  /** The row label the grid shows beside the first row containing `text`. */
  const rowLabelOf = (text: string) => page().locator('.jss_worksheet tbody tr', { hasText: text }).first().locator('td').first().textContent();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    for (const name of ['01-offered', '02-remapped', '03-adopted']) rmSync(join(SHOTS, `adopt-${name}.png`), { force: true });
    session = await openSandbox({ customers: '100' });
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  });

  afterEach(() => {
    expect(session.pageErrors).toEqual([]);
  });

  test('the sandbox button opens a workbook with only the old sheet, and the pane offers to adopt it', async () => {
    await page().getByRole('button', { name: /载入旧客户表示例/ }).click();
    const view = page().getByTestId('adopt-sheet');
    await view.waitFor({ timeout: 60_000 });
    await expect(view.getByRole('heading').textContent()).resolves.toBe('采用现有表格');
    await expect(view.textContent()).resolves.toContain('“旧客户表”');
    await expect(page().getByTestId('adopt-header-row').textContent()).resolves.toBe('表头在第 3 行，下面有 38 行数据。');
    await expect(page().getByTestId('adopt-confidence').textContent()).resolves.toContain('高');
    await expect(mappingOf(1).textContent()).resolves.toBe('客户名称');
    await expect(mappingOf(6).textContent()).resolves.toBe('样品型号');
    // Nothing is written before the user decides: the grid still shows the team's sheet as it was.
    expect(await page().locator('.jss_worksheet thead td', { hasText: '查重键' }).count()).toBe(0);
    await shot('01-offered');
  });

  test('a column is changed with the keyboard; the register columns it lacks are listed', async () => {
    await mappingOf(6).focus();
    await page().keyboard.press('Enter');
    await page().getByRole('option', { name: '产品线' }).waitFor();
    await page().getByRole('option', { name: '产品线' }).click();
    await expect(mappingOf(6).textContent()).resolves.toBe('产品线');
    const adoptView = await page().getByTestId('adopt-sheet').textContent();
    expect(adoptView).toContain('样品型号');
    expect(adoptView).toContain('查重键（由插件计算）');
    await shot('02-remapped');
  });

  test('adopting shows the duplicate groups, and the grid gets the register\'s columns with 查重键 filled', async () => {
    await page().getByTestId('adopt-confirm').click();
    const report = page().getByTestId('adoption-report');
    await report.waitFor({ timeout: 60_000 });
    const text = await report.textContent();
    expect(text).toContain('发现 3 组重复客户');
    expect(text).toContain('格林.电子');
    expect(text).toContain('深圳市格林电子有限公司');
    expect(text).toContain('新澳涂料（东莞）有限公司');
    expect(text).toContain('关联公司');
    await page().getByTestId('current-user').waitFor();

    await page().locator('.jss_worksheet thead td', { hasText: '查重键' }).first().waitFor();
    const names = await gridColumn('公司名称');
    let keys: string[] = [];
    for (let i = 0; i < 50 && !keys.some((k) => k !== ''); i++) {
      keys = await gridColumn('查重键');
      if (!keys.some((k) => k !== '')) await page().waitForTimeout(100);
    }
    const keyOf = (name: string) => keys[names.indexOf(name)];
    expect(names.filter((n) => n !== '')).toHaveLength(38);
    names.forEach((name, i) => { if (name) expect(keys[i]).not.toBe(''); });
    expect(keyOf('格林.电子')).toBe(keyOf('深圳市格林电子有限公司'));
    // The grid numbers rows as Excel does: the title stays on row 1 and the header is row 3.
    await expect(rowLabelOf('博蓝科技 客户跟进表')).resolves.toBe('1');
    await expect(rowLabelOf('公司名称')).resolves.toBe('3');
    // The remapped column kept its header; 样品型号 was added beside the team's columns.
    expect(await page().locator('.jss_worksheet thead td', { hasText: '样品型号' }).count()).toBe(1);
    await shot('03-adopted');
  });
});
