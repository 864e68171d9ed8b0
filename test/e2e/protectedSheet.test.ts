import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumAvailable } from './browser';
import { REPO } from './demoBuild';
import { openSandbox, type SandboxSession } from './sandboxSession';

/**
 * A manager protects the register sheet (issue 12): in the sandbox, a rep who registers a customer is refused
 * with a clear message and the pane's notice, and nothing reaches the sheet or the store; the manager saves the
 * sheet password in 设置, registers, and the sheet is protected again afterwards. Screenshots go to
 * artifacts/e2e/protected-*.png.
 */
const SHOTS = join(REPO, 'artifacts', 'e2e');
const NEW_CUSTOMER = '东莞市新澳涂料有限公司';
const PASSWORD = 'mgr-2026';

const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
jest.setTimeout(120_000);

const nameField = (page: Page) => page.getByRole('textbox', { name: '客户名称' });

/** The sandbox's 保护工作表 / 撤销保护 button asks for the password in a prompt. */
async function toggleProtection(page: Page, password: string): Promise<void> {
  page.once('dialog', (dialog) => void dialog.accept(password));
  await page.getByTestId('demo-protect').click();
}

describeInBrowser('a protected register in the sandbox', () => {
  let session: SandboxSession;
  const page = () => session.page;
  const shot = (name: string) => page().screenshot({ path: join(SHOTS, `protected-${name}.png`) });

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await openSandbox({ workbook: 'protected' });
  }, 240_000);
  afterAll(async () => { await session?.close(); });
  afterEach(() => { expect(session.pageErrors).toEqual([]); });

  test('a rep is refused with a clear message and the pane notice; nothing is written', async () => {
    await expect(page().getByTestId('current-user').inputValue()).resolves.toBe('刘洋');
    await toggleProtection(page(), PASSWORD);
    await expect(page().getByTestId('demo-protect').textContent()).resolves.toContain('撤销工作表保护');
    await nameField(page()).fill(NEW_CUSTOMER);
    await page().getByTestId('no-match').waitFor();
    await page().getByTestId('register-visit').click();
    const refusal = page().getByRole('alert').filter({ hasText: '工作表已被销售经理保护' });
    await refusal.waitFor();
    await expect(page().getByTestId('protection-notice').textContent()).resolves.toContain('在这里登记的客户暂时无法写入登记表');
    await shot('01-rep-refused');
    // Reopened, the pane shows the notice at once, and neither the store nor the sheet got the customer (the
    // lookup searches both).
    await page().evaluate(() => (window as Window & { sandboxSaved?: () => Promise<void> }).sandboxSaved?.());
    await page().reload();
    await page().getByTestId('protection-notice').waitFor({ timeout: 120_000 });
    await nameField(page()).fill(NEW_CUSTOMER);
    await page().getByTestId('no-match').waitFor();
    await page().getByTestId('protection-notice').screenshot({ path: join(SHOTS, 'protected-02-notice.png') });
  });

  test('the manager saves the sheet password, registers, and the sheet is protected again', async () => {
    await page().getByTestId('current-user').selectOption('张伟');
    await page().getByTestId('tab-settings').click();
    const settings = page().getByTestId('sheet-protection-settings');
    await settings.scrollIntoViewIfNeeded();
    await settings.getByTestId('sheet-password').fill('not-it');
    await settings.getByRole('button', { name: '保存密码' }).click();
    await settings.getByText('密码不正确：不能撤销“客户登记”的保护，密码未保存').waitFor();
    await settings.getByTestId('sheet-password').fill(PASSWORD);
    await settings.getByRole('button', { name: '保存密码' }).click();
    await settings.getByText('已保存工作表密码').first().waitFor();
    await expect(settings.getByTestId('sheet-password').inputValue()).resolves.toBe('');
    await expect(settings.getByTestId('sheet-password-state').textContent()).resolves.toContain('已保存工作表密码（不显示）');
    await shot('03-password-saved');

    await page().getByTestId('tab-check').click();
    await nameField(page()).fill(NEW_CUSTOMER);
    await page().getByTestId('no-match').waitFor();
    await page().getByTestId('register-visit').click();
    await expect(page().getByTestId('register-done').textContent()).resolves.toContain('已登记');
    // Written through: the register (sheet and store) knows the customer as the manager's now.
    await nameField(page()).fill('');
    await nameField(page()).pressSequentially(NEW_CUSTOMER, { delay: 10 });
    const match = page().getByTestId('matches').locator('article').first();
    await match.getByText('同一客户').waitFor();
    await expect(match.textContent()).resolves.toContain('张伟');
    // Protection is back after the add-in's writes, with the same password.
    await expect(page().getByTestId('demo-protect').textContent()).resolves.toContain('撤销工作表保护');
    expect(await page().getByTestId('protection-notice').count()).toBe(0);
    await shot('04-manager-registered');
    await toggleProtection(page(), PASSWORD);
    await expect(page().getByTestId('demo-protect').textContent()).resolves.toContain('保护工作表');
  });
});
