import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { chromiumAvailable } from './browser';
import { REPO } from './demoBuild';
import { openSandbox, type SandboxSession } from './sandboxSession';
import { eventually } from './paneQueries';

/**
 * The sandbox used as a new rep (刘洋, hired three months ago) would on day one, then by a manager, then in
 * English — one browser session, in order, with a screenshot of every state in artifacts/e2e/.
 */
const SHOTS = join(REPO, 'artifacts', 'e2e');
const GELIN = '深圳市格林电子有限公司';
const NEW_CUSTOMER = '东莞市新澳涂料有限公司';

const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
jest.setTimeout(120_000);

describeInBrowser('the sandbox, as a new rep would use it', () => {
  let session: SandboxSession;
  const page = () => session.page;
  const nameField = () => page().getByRole('textbox', { name: '客户名称' });
  const shot = (name: string) => page().screenshot({ path: join(SHOTS, `${name}.png`) });
  const firstMatch = () => page().getByTestId('matches').locator('article').first();

  beforeAll(async () => {
    // Only this run's screenshots: a renamed state must not leave an old picture behind.
    rmSync(SHOTS, { recursive: true, force: true });
    mkdirSync(SHOTS, { recursive: true });
    session = await openSandbox();
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  });

  afterEach(() => {
    expect(session.pageErrors).toEqual([]);
  });

  test('the first run opens the register with the sample team, as the new rep', async () => {
    await expect(page().getByTestId('current-user').inputValue()).resolves.toBe('刘洋');
    await page().locator('.jss_worksheet thead td', { hasText: '客户名称' }).first().waitFor();
    expect(await page().locator('.jss_worksheet tbody tr').count()).toBeGreaterThan(50);
    await shot('01-opened');
  });

  test.each([
    ['02-trick-dot', '格林.电子'],
    ['03-trick-bracket', '格林电子（深圳）有限公司'],
  ])('typing the trick variant shows 同一客户 before Enter is pressed (%s)', async (shotName, typed) => {
    await nameField().fill('');
    await nameField().pressSequentially(typed, { delay: 20 });
    await expect(firstMatch().getByText('同一客户').textContent()).resolves.toBe('同一客户');
    const card = await firstMatch().textContent();
    expect(card).toContain(GELIN);
    expect(card).toContain('王芳');
    expect(card).toContain('BL-466');
    await expect(page().getByRole('status').filter({ hasText: GELIN }).textContent()).resolves.toContain('同一客户');
    await expect(nameField().inputValue()).resolves.toBe(typed);
    await shot(shotName);
  });

  test('registering a visit on 王芳\'s protected customer is blocked with the reason, and logged', async () => {
    await page().getByTestId('register-visit').click();
    const alert = page().getByRole('alert').filter({ hasText: '不能登记' });
    const text = await alert.textContent();
    expect(text).toMatch(/王芳 \d{4}-\d\d-\d\d 拜访, \d{4}-\d\d-\d\d 送样 BL-466, 保护至 \d{4}-\d\d-\d\d/);
    expect(text).toContain('已记录撞单');
    await shot('04-blocked');
    await page().getByTestId('tab-collisions').click();
    await expect(page().getByTestId('collisions').locator('li').first().textContent()).resolves.toContain('刘洋 想登记，已由 王芳 保护');
    await shot('05-collision-log');
    await page().getByTestId('tab-check').click();
  });

  test('a new customer registered with the keyboard alone appears in the grid and on the board', async () => {
    await nameField().focus();
    await page().keyboard.press('Control+A');
    await page().keyboard.type(NEW_CUSTOMER);
    await page().getByTestId('no-match').waitFor();
    await page().keyboard.press('Tab');
    await page().keyboard.type('罗经理');
    await tabUntil(page().getByTestId('sample-model'));
    await page().keyboard.type('BL-466');
    await tabUntil(page().getByTestId('register-sample'));
    await page().keyboard.press('Enter');
    await expect(page().getByTestId('register-done').textContent()).resolves
      .toBe(`已登记：${NEW_CUSTOMER}（送样），保护至 2027-01-31。`);
    await shot('06-registered');

    await scrollGridToEnd();
    const row = page().locator('.jss_worksheet tbody tr', { hasText: NEW_CUSTOMER });
    await row.waitFor();
    const cells = await row.locator('td').allTextContents();
    expect(cells).toEqual(expect.arrayContaining([NEW_CUSTOMER, '刘洋', '销售一部', '罗经理', 'BL-466', '送样', '2027-01-31', '新澳涂料']));
    // Selecting the new row shows it in the grid and its customer in the pane.
    await row.locator('td[data-x="1"]').click();
    await expect(eventually(() => nameField().inputValue(), (v) => v === NEW_CUSTOMER)).resolves.toBe(NEW_CUSTOMER);
    await shot('07-registered-in-grid');

    await page().getByTestId('tab-board').click();
    await expect(page().getByTestId('board-today').textContent()).resolves.toContain(NEW_CUSTOMER);
    await page().getByTestId('board-rep').selectOption('刘洋');
    await expect(page().getByTestId('board-open').textContent()).resolves.toContain(NEW_CUSTOMER);
    await shot('08-board');
    await page().getByTestId('tab-check').click();
  });

  test('我的客户 shows the quota and the customer handed over to the new rep, with its opening line', async () => {
    await page().getByTestId('tab-mine').click();
    // Built from every call and visit: the tab waits for the log (read after the open), never shows part of it.
    await page().getByTestId('quota').waitFor();
    expect(await page().getByTestId('history-loading').count()).toBe(0);
    await expect(page().getByTestId('quota').textContent()).resolves.toMatch(/\d+ \/ 30/);
    const handover = page().getByTestId('handover').filter({ hasText: '东莞市恒耀五金制品有限公司' });
    await expect(handover.textContent()).resolves.toContain('李娜');
    await shot('08b-my-customers');
    await page().getByTestId('tab-check').click();
  });

  test('a name typed into the grid\'s 客户名称 column gets the same live check, marked in the sheet', async () => {
    await scrollGridToEnd();
    const emptyNameCell = page().locator('.jss_worksheet tbody td[data-x="1"]:text-is("")').first();
    await emptyNameCell.dblclick();
    await page().keyboard.type('雅玛西电子');
    await page().keyboard.press('Enter');
    await expect(eventually(() => nameField().inputValue(), (v) => v === '雅玛西电子')).resolves.toBe('雅玛西电子');
    await expect(firstMatch().textContent()).resolves.toContain('同一客户');
    const typedCell = page().locator('.jss_worksheet tbody td[data-x="1"]', { hasText: '雅玛西电子' }).last();
    await expect(eventually(() => typedCell.getAttribute('title'), (t) => !!t)).resolves.toMatch(/^【客户登记册】第 \d+ 行已登记同一客户“雅玛西电子有限公司”/);
    await shot('09-grid-live-check');
  });

  test('last month\'s summary is generated as its own sheet', async () => {
    await page().getByTestId('tab-summary').click();
    await expect(page().getByTestId('summary-month').inputValue()).resolves.toBe('2026-10');
    await page().getByTestId('summary-generate').click();
    await expect(page().getByTestId('summary-done').textContent()).resolves.toContain('2026年10月汇总');
    await expect(page().getByTestId('sheet-tab-2026年10月汇总').getAttribute('aria-current')).resolves.toBe('page');
    await page().locator('.jss_worksheet td', { hasText: '2026年10月 已拜访、已送样和已合作客户汇总' }).first().waitFor();
    await page().locator('.jss_worksheet td', { hasText: '业务员 PK 榜' }).first().waitFor();
    await shot('10-monthly-summary');
    await page().getByTestId('sheet-tab-客户登记').click();
  });

  test('a manager force-registers the blocked visit with a reason, and the override is logged', async () => {
    await page().getByTestId('current-user').selectOption('张伟');
    await page().getByTestId('tab-check').click();
    await nameField().fill('格林.电子');
    await page().getByTestId('register-visit').click();
    const override = page().getByTestId('override');
    await override.getByRole('radio', { name: '强制登记' }).check();
    await override.getByRole('textbox').fill('客户指定由张伟对接');
    await override.getByRole('button', { name: '提交' }).click();
    await expect(page().getByTestId('register-done').textContent()).resolves.toContain('已登记');
    await shot('11-manager-override');
    await page().getByTestId('tab-collisions').click();
    await expect(page().getByTestId('collisions').textContent()).resolves.toContain('客户指定由张伟对接');
    await page().getByTestId('tab-check').click();
  });

  test('the pane switches to English', async () => {
    await page().getByTestId('language-switch').click();
    await page().getByRole('tab', { name: 'Check / Register' }).waitFor();
    const field = page().getByRole('textbox', { name: 'Customer name' });
    await field.fill('');
    await field.pressSequentially('格林电子（深圳）有限公司', { delay: 10 });
    await expect(firstMatch().textContent()).resolves.toContain('Same customer');
    await expect(page().getByTestId('register-visit').textContent()).resolves.toBe('Register visit');
    await shot('12-english');
  });

  /** Jumps to the grid's last rows as a user would: click a cell of the 客户名称 column, press Ctrl+End. */
  async function scrollGridToEnd(): Promise<void> {
    await page().locator('.jss_worksheet tbody td[data-x="1"]').first().click();
    await page().keyboard.press('Control+End');
    await page().locator('.jss_worksheet tbody tr:last-child td[data-x="1"]').waitFor();
  }

  /** Presses Tab until `target` has the focus (keyboard-only use), failing after a dozen presses. */
  async function tabUntil(target: Locator): Promise<void> {
    for (let i = 0; i < 12; i++) {
      await page().keyboard.press('Tab');
      if (await target.evaluate((element) => element === document.activeElement)) return;
    }
    throw new Error('the control cannot be reached with the Tab key');
  }
});

/** Reads `read` until `done` holds (the page reacts to events asynchronously), for up to five seconds. */
