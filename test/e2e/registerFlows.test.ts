import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumAvailable } from './browser';
import { REPO } from './demoBuild';
import { openSandbox, type SandboxSession } from './sandboxSession';
import { eventually, firstMatch, nameField } from './paneQueries';

/**
 * The flows that cross the sheet, the pane and the store (issue 11), in the sandbox: a trick variant typed into
 * the grid, a force-claim and a transfer by a manager, and an adopted old sheet that protects its customers
 * after a reload. Screenshots go to artifacts/e2e/flow-*.png.
 */
const SHOTS = join(REPO, 'artifacts', 'e2e');
const GELIN = '深圳市格林电子有限公司';
const YAMAXI = '雅玛西电子有限公司';
const RED = 'rgb(255, 199, 206)';

const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
jest.setTimeout(120_000);



async function lookUp(page: Page, name: string): Promise<string> {
  await nameField(page).fill('');
  await nameField(page).pressSequentially(name, { delay: 10 });
  await firstMatch(page).getByText('同一客户').waitFor();
  return (await firstMatch(page).textContent()) ?? '';
}

/** The October summary's row for a customer: its cells up to 合作日期 (what happened, not the current plan). */
async function summaryRow(page: Page, name: string): Promise<string[]> {
  await page.getByTestId('tab-summary').click();
  await page.getByTestId('summary-generate').click();
  await page.getByTestId('summary-done').waitFor();
  const row = page.locator('.jss_worksheet tbody tr', { hasText: name }).first();
  await row.waitFor();
  const cells = (await row.locator('td').allTextContents()).slice(1, 9);
  await page.getByTestId('sheet-tab-客户登记').click();
  await page.getByTestId('tab-check').click();
  return cells;
}

describeInBrowser('issue 11 flows in the sandbox', () => {
  describe('the sample team', () => {
    let session: SandboxSession;
    const page = () => session.page;
    const shot = (name: string) => page().screenshot({ path: join(SHOTS, `flow-${name}.png`) });

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      session = await openSandbox();
    }, 240_000);
    afterAll(async () => { await session?.close(); });
    afterEach(() => { expect(session.pageErrors).toEqual([]); });

    test('a trick variant typed into the grid turns its row red (同一客户), with the reason in the note', async () => {
      await page().locator('.jss_worksheet tbody td[data-x="1"]').first().click();
      await page().keyboard.press('Control+End');
      await page().locator('.jss_worksheet tbody tr:last-child td[data-x="1"]').waitFor();
      const emptyName = page().locator('.jss_worksheet tbody td[data-x="1"]:text-is("")').first();
      await emptyName.dblclick();
      await page().keyboard.type('格林.电子');
      await page().keyboard.press('Enter');
      const typed = page().locator('.jss_worksheet tbody td[data-x="1"]', { hasText: '格林.电子' }).last();
      await expect(eventually(() => typed.getAttribute('title'), (t) => !!t)).resolves.toContain('同一客户');
      await expect(eventually(() => typed.evaluate((td) => getComputedStyle(td).backgroundColor), (c) => c === RED)).resolves.toBe(RED);
      await shot('01-grid-trick-red');
    });

    test('a manager\'s force-claim is one 强制登记; the previous owner\'s visit stays in October\'s summary', async () => {
      await page().getByTestId('current-user').selectOption('陈静');
      const before = await summaryRow(page(), GELIN);
      expect(before.join(' ')).toMatch(/2026-10-\d\d/);
      await lookUp(page(), GELIN);
      await page().getByTestId('register-visit').click();
      const override = page().getByTestId('override');
      await override.getByRole('radio', { name: '强制登记' }).check();
      await override.getByRole('combobox').selectOption({ label: '赵敏（销售二部）' });
      await override.getByRole('textbox').fill('客户指定赵敏对接');
      await override.getByRole('button', { name: '提交' }).click();
      await page().getByTestId('register-done').waitFor();
      await shot('02-force-claimed');
      await page().getByTestId('tab-collisions').click();
      const lines = await page().getByTestId('collisions').locator('li', { hasText: GELIN }).allTextContents();
      // The 撞单 刘洋 caused in the first test's grid row is his; the manager's override adds exactly one line.
      expect(lines.filter((l) => l.includes('强制登记'))).toHaveLength(1);
      expect(lines.filter((l) => l.includes('陈静 想登记'))).toHaveLength(0);
      await shot('03-force-claim-log');
      await page().getByTestId('tab-check').click();
      expect(await summaryRow(page(), GELIN)).toEqual(before);
    });

    test('a transfer is exactly one 转移 line, titled with the customer\'s name', async () => {
      await lookUp(page(), '雅玛西.电子');
      await page().getByTestId('register-visit').click();
      const override = page().getByTestId('override');
      await override.getByRole('radio', { name: '转移' }).check();
      await override.getByRole('combobox').selectOption({ label: '黄强（销售二部）' });
      await override.getByRole('textbox').fill('杨磊调岗');
      await override.getByRole('button', { name: '提交' }).click();
      await page().getByTestId('register-done').waitFor();
      await page().getByTestId('tab-collisions').click();
      const lines = await page().getByTestId('collisions').locator('li', { hasText: '杨磊调岗' }).allTextContents();
      expect(lines).toHaveLength(1);
      expect(lines[0]).toContain(YAMAXI);
      await shot('04-transfer-log');
      await page().getByTestId('tab-check').click();
    });
  });

  describe('an adopted old sheet', () => {
    let session: SandboxSession;
    const page = () => session.page;
    const shot = (name: string) => page().screenshot({ path: join(SHOTS, `flow-${name}.png`) });

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      session = await openSandbox({ customers: '100' });
    }, 240_000);
    afterAll(async () => { await session?.close(); });
    afterEach(() => { expect(session.pageErrors).toEqual([]); });

    test('after 采用此表 an adopted name is 同一客户 with its owner, another rep is blocked, and a reload keeps it', async () => {
      await page().getByRole('button', { name: /载入旧客户表示例/ }).click();
      await page().getByTestId('adopt-sheet').waitFor({ timeout: 60_000 });
      await page().getByTestId('adopt-confirm').click();
      await page().getByTestId('adoption-report').waitFor({ timeout: 60_000 });
      await page().getByTestId('current-user').waitFor();
      expect(await lookUp(page(), GELIN)).toContain('王芳');
      await page().getByTestId('register-visit').click();
      const blocked = await page().getByRole('alert').filter({ hasText: '不能登记' }).textContent();
      expect(blocked).toContain('王芳');
      await shot('05-adopted-blocked');

      await page().reload();
      await page().getByTestId('current-user').waitFor({ timeout: 120_000 });
      expect(await lookUp(page(), '格林.电子')).toContain('王芳');
      await shot('06-adopted-after-reload');
    });
  });
});
