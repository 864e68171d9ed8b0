import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumAvailable } from './browser';
import { REPO } from './demoBuild';
import { openSandbox, type SandboxSession } from './sandboxSession';

/**
 * The rules a growing team switches on (seeds 001, 002, 004), tried in the sandbox as a manager and his reps
 * would: product lines, grades with a transfer that keeps a credit share, rotation, new hires — each switched
 * on, used, and (product lines) switched off again. Screenshots in artifacts/e2e-rules/.
 */
const SHOTS = join(REPO, 'artifacts', 'e2e-rules');
const GELIN = '深圳市格林电子有限公司';
const NEW_CUSTOMER = '佛山市蓝鲸涂料有限公司';

const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
jest.setTimeout(180_000);

describeInBrowser('the rules a growing team switches on', () => {
  let session: SandboxSession;
  const page = () => session.page;
  const nameField = () => page().getByRole('textbox', { name: '客户名称' });
  const shot = (name: string) => page().screenshot({ path: join(SHOTS, `${name}.png`) });
  const cards = () => page().getByTestId('matches').locator('article');
  const as = (rep: string) => page().getByTestId('current-user').selectOption(rep);
  const tab = (id: string) => page().getByTestId(`tab-${id}`).click();
  const rule = (name: string) => page().locator(`[data-rule="${name}"]`);
  const collisionNotes = () => page().locator('.jss_worksheet tbody td[title*="撞单："]').count();

  async function lookUp(name: string): Promise<void> {
    await tab('check');
    await nameField().fill(name);
    await cards().first().waitFor();
  }

  async function saveSettings(): Promise<void> {
    await page().getByRole('button', { name: '保存' }).first().click();
    await page().getByRole('status').filter({ hasText: '已保存' }).first().waitFor();
  }

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await openSandbox();
  }, 240_000);

  afterAll(async () => {
    await session?.close();
  });

  afterEach(() => {
    expect(session.pageErrors).toEqual([]);
  });

  test('a manager switches product lines on: the settings sit under the rule, no existing row turns into 撞单', async () => {
    const before = await collisionNotes();
    await as('张伟');
    await tab('settings');
    await rule('productLines').getByRole('switch').check();
    await rule('productLines').getByTestId('product-lines').fill('小家电\n电动工具');
    await rule('productLines').getByTestId('default-line').selectOption('小家电');
    // The branch rule's own checkbox sits under the branch rule, not under 经理转移.
    await expect(rule('branch').getByText('阻止（否则仅提醒）').count()).resolves.toBe(1);
    await expect(rule('overrides').getByText('阻止（否则仅提醒）').count()).resolves.toBe(0);
    await shot('01-settings-product-lines');
    await saveSettings();
    await tab('check');
    await expect(page().locator('.jss_worksheet tbody td[title*="请选择产品线"]').count()).resolves.toBe(0);
    await expect(collisionNotes()).resolves.toBe(before);
  });

  test('a rep registers another line of a colleague\'s customer; the lookup shows each line\'s owner and the 主负责人', async () => {
    await as('刘洋');
    await lookUp(GELIN);
    await page().getByTestId('register-line').selectOption('电动工具');
    await page().getByTestId('register-visit').click();
    await expect(page().getByTestId('register-done').textContent()).resolves.toContain('已登记');
    await nameField().fill('');
    await lookUp(GELIN);
    await expect(eventually(() => cards().count(), (n) => n >= 2)).resolves.toBeGreaterThanOrEqual(2);
    const lines = await page().getByTestId('match-line').allTextContents();
    expect(lines).toEqual(expect.arrayContaining(['小家电', '电动工具']));
    const primaries = await page().getByTestId('match-primary').allTextContents();
    expect(new Set(primaries)).toEqual(new Set(['王芳']));
    await shot('02-lookup-two-lines');
  });

  test('the same line is still protected: a third rep on 电动工具 is blocked by its owner', async () => {
    await as('李娜');
    await lookUp(GELIN);
    await page().getByTestId('register-line').selectOption('电动工具');
    await page().getByTestId('register-visit').click();
    const blocked = await page().getByTestId('register-blocked').textContent();
    expect(blocked).toContain('刘洋');
    await shot('03-same-line-blocked');
  });

  test('switched off again, the customer is one claim: 王芳 protects it for everyone', async () => {
    await as('张伟');
    await tab('settings');
    await rule('productLines').getByRole('switch').uncheck();
    await saveSettings();
    await as('李娜');
    await lookUp(GELIN);
    await expect(page().getByTestId('register-line').count()).resolves.toBe(0);
    await page().getByTestId('register-visit').click();
    await expect(page().getByTestId('register-blocked').textContent()).resolves.toContain('王芳');
  });

  test('a manager sets 客户等级 A on the lookup card; a transfer to a junior rep warns, needs the reason, keeps a credit share', async () => {
    await as('张伟');
    await tab('settings');
    await rule('gradeA').getByRole('switch').check();
    await saveSettings();
    await lookUp(GELIN);
    const card = cards().filter({ hasText: '王芳' }).first();
    await card.getByTestId('match-grade').selectOption('A');
    await expect(eventually(() => card.getByTestId('match-grade').inputValue(), (v) => v === 'A')).resolves.toBe('A');
    await shot('04-grade-set-on-card');

    await page().getByTestId('register-visit').click();
    const override = page().getByTestId('override');
    await override.getByRole('radio', { name: '转移' }).check();
    await override.getByRole('combobox').selectOption({ label: '刘洋（销售一部）' });
    await override.getByRole('spinbutton').fill('30');
    await override.getByRole('spinbutton').press('Tab');
    await override.getByRole('textbox').last().fill('王芳紧密客户超额，转给新人刘洋，王芳指导');
    await override.getByRole('button', { name: '提交' }).click();
    const warning = await page().getByTestId('override-warning').textContent();
    expect(warning).toContain('A级客户只能由入职满 12 个月的业务员负责');
    await shot('05-transfer-grade-warning');
    await page().getByRole('button', { name: '已写明原因，仍然转移' }).click();
    await expect(page().getByTestId('register-done').textContent()).resolves.toContain('已登记');

    await tab('collisions');
    await expect(page().getByTestId('collisions').textContent()).resolves.toContain('分成比例：刘洋 70%，王芳 30%');
    await shot('06-history-credit-share');
  });

  test('the new owner sees the handover with its credit share; the lookup and 我的客户 agree on 保护到期', async () => {
    await as('刘洋');
    await tab('mine');
    const handover = page().getByTestId('handover').filter({ hasText: GELIN });
    await expect(handover.getByTestId('handover-shares').textContent()).resolves.toBe('分成比例：刘洋 70%，王芳 30%');
    await shot('07-handover-credit-share');
    const mine = page().locator('div', { hasText: GELIN }).filter({ hasText: '保护到期 ' }).last();
    const until = /保护到期 (\d{4}-\d\d-\d\d)/.exec(await mine.textContent() ?? '')?.[1];
    await lookUp(GELIN);
    const card = cards().filter({ hasText: '刘洋' }).first();
    const lookupUntil = /保护到期(\d{4}-\d\d-\d\d)/.exec(await card.textContent() ?? '')?.[1];
    expect(lookupUntil).toMatch(/^\d{4}-\d\d-\d\d$/);
    expect(until).toBe(lookupUntil);
  });

  test('rotation: switched on with one month, the manager\'s board lists customers held too long, and the legend explains the mark', async () => {
    await as('张伟');
    await tab('settings');
    await rule('rotation').getByRole('switch').check();
    await rule('rotation').getByRole('spinbutton').fill('1');
    await saveSettings();
    await tab('board');
    const review = page().getByTestId('board-rotation');
    await expect(review.textContent()).resolves.toMatch(/轮换评估：负责超过 1 个月（[1-9]\d* 家）/);
    await expect(review.textContent()).resolves.toContain('起负责');
    await review.scrollIntoViewIfNeeded();
    await shot('08-rotation-board');
    await tab('check');
    await page().getByText('登记表颜色说明').click();
    await expect(page().getByText('负责超过轮换期限（轮换评估）').count()).resolves.toBe(1);
    await shot('09-rotation-legend');
    await as('王芳');
    await tab('mine');
    await expect(page().getByTestId('mine-rotation').textContent()).resolves.toContain('轮换评估');
    await expect(page().getByTestId('mine-rotation').textContent()).resolves.not.toContain('李娜');
  });

  test('new hires: a veteran\'s visit on a customer a new hire is following is refused as 新人优先 and logged as 撞单', async () => {
    await as('刘洋');
    await tab('check');
    await nameField().fill(NEW_CUSTOMER);
    await page().getByTestId('no-match').waitFor();
    await page().getByTestId('register-phone').click();
    await expect(page().getByTestId('register-done').textContent()).resolves.toContain('已登记');
    await as('李娜');
    await lookUp(NEW_CUSTOMER);
    await page().getByTestId('register-visit').click();
    await expect(page().getByTestId('register-blocked').textContent()).resolves.toContain('新人优先：新同事 刘洋 正在跟进该普通客户');
    await shot('10-new-hire-preferred');
    await tab('collisions');
    await expect(page().getByTestId('collisions').textContent()).resolves.toContain(NEW_CUSTOMER);
    await shot('11-new-hire-collision');
  });
});

/** Reads `read` until `done` holds (the page reacts to events asynchronously), for up to five seconds. */
async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  for (let i = 0; i < 50; i++) {
    const value = await read();
    if (done(value)) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return read();
}
