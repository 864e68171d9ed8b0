import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumAvailable } from './browser';
import { REPO } from './demoBuild';
import { openSandbox, type SandboxSession } from './sandboxSession';
import { eventually } from './paneQueries';

/**
 * The rules a growing team switches on (seeds 001, 002, 004), tried in the sandbox as a manager and his reps
 * would: product lines with a named 主负责人, grades with a transfer that keeps a credit share, rotation, new
 * hires, the surplus handover — each switched on, used, and switched off again; the grid is checked beside
 * the pane. The grid draws a window of 100 rows: a 90-customer team keeps every row on it; the surplus stories
 * need veterans over a lowered quota, a 200-customer team.
 * Screenshots in artifacts/e2e-rules/.
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
  const releaseButtons = () => page().getByRole('button', { name: /^释放 / });

  /** The grid row of `name` (on product line `line`, or on none), scrolled to the middle of the view. */
  async function gridRow(name: string, line: string | null) {
    const rows = page().locator('.jss_worksheet tbody tr', { hasText: name });
    const row = (line ? rows.filter({ hasText: line }) : rows.filter({ hasNotText: '电动工具' })).first();
    await row.waitFor({ state: 'attached' });
    await row.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await page().waitForTimeout(200);
    return row;
  }

  async function lookUp(name: string): Promise<void> {
    await tab('check');
    await nameField().fill(name);
    await cards().first().waitFor();
  }

  async function saveSettings(): Promise<void> {
    await page().getByRole('button', { name: '保存' }).first().click();
    await page().getByRole('status').filter({ hasText: '已保存' }).first().waitFor();
  }

  /** Each group of stories runs in a sandbox of its own, on a sample team of `customers`. */
  function inSandbox(customers: number, workbook: string): void {
    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      session = await openSandbox({ customers: String(customers), workbook });
    }, 240_000);

    afterAll(async () => {
      await session?.close();
    });

    afterEach(() => {
      expect(session.pageErrors).toEqual([]);
    });
  }

  describe('a team of about 90 customers (every grid row drawn at once)', () => {
    inSandbox(90, 'rules-small');

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

    test('a manager names the 主负责人 and the credit split under the lookup; the cards follow', async () => {
      await as('张伟');
      await lookUp(GELIN);
      const form = page().getByTestId('primary-form');
      await expect(form.getByTestId('primary-current').textContent()).resolves.toContain('最先负责产品线的 王芳');
      await form.getByTestId('primary-rep').selectOption('刘洋');
      await form.getByTestId('primary-share-刘洋').fill('60');
      await form.getByTestId('primary-share-刘洋').press('Tab');
      await form.getByTestId('primary-share-王芳').fill('40');
      await form.getByTestId('primary-share-王芳').press('Tab');
      await form.getByTestId('primary-save').click();
      await form.getByTestId('primary-saved').waitFor();
      await expect(eventually(() => page().getByTestId('match-primary').allTextContents(), (p) => p.every((r) => r === '刘洋')))
        .resolves.toEqual(['刘洋', '刘洋']);
      await expect(form.getByTestId('primary-current').textContent()).resolves.toBe('分成比例：刘洋 60%，王芳 40%');
      await shot('03b-primary-named');
      await tab('collisions');
      await expect(page().locator('[data-kind="primary"]').first().textContent()).resolves.toContain('张伟 指定 刘洋 为主负责人');
    });

    test('a manager\'s refused click is no 撞单: the message says nothing was logged and offers the override', async () => {
      await as('张伟');
      await lookUp(GELIN);
      await page().getByTestId('register-visit').click();
      const blocked = page().getByTestId('register-blocked');
      await expect(blocked.textContent()).resolves.toContain('经理的这次登记不算撞单，未记录');
      await expect(blocked.textContent()).resolves.not.toContain('已记录撞单');
      await expect(page().getByTestId('override').count()).resolves.toBe(1);
      await shot('03c-manager-refused');
      await tab('collisions');
      const todays = page().getByTestId('collisions').locator('li', { hasText: GELIN }).filter({ hasText: '张伟 想登记' });
      await expect(todays.count()).resolves.toBe(0);
    });

    test('switched off again, the customer is one claim: 王芳 protects it for everyone; the other line\'s row is history, unmarked', async () => {
      await as('张伟');
      await tab('settings');
      await rule('productLines').getByRole('switch').uncheck();
      await saveSettings();
      await as('李娜');
      await lookUp(GELIN);
      await expect(page().getByTestId('register-line').count()).resolves.toBe(0);
      await expect(page().getByTestId('primary-form').count()).resolves.toBe(0);
      await page().getByTestId('register-visit').click();
      await expect(page().getByTestId('register-blocked').textContent()).resolves.toContain('王芳');
      // 刘洋's 电动工具 row stays in the register as that line's history, neither red nor noted as a duplicate.
      const lineRow = await gridRow(GELIN, '电动工具');
      await expect(eventually(() => lineRow.locator('td[title]').count(), (n) => n === 0)).resolves.toBe(0);
      await shot('04b-grid-line-history');
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

      // The grid respects the manager's decided and logged transfer: 刘洋's row, no red mark, no 不符合规则.
      const row = await gridRow(GELIN, null);
      await expect(eventually(() => row.textContent(), (t) => !!t?.includes('刘洋'))).resolves.toContain('刘洋');
      await expect(eventually(() => row.locator('td[title]').count(), (n) => n === 0)).resolves.toBe(0);
      await shot('06b-grid-after-transfer');
    });

    test('the new owner sees the handover with its credit share; the lookup, 我的客户 and the grid agree on 保护到期', async () => {
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
      const row = await gridRow(GELIN, null);
      await expect(eventually(() => row.textContent(), (t) => !!t?.includes(lookupUntil as string))).resolves.toContain(lookupUntil);
      await shot('07b-grid-same-protection');
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

    test('rotation and new hires switched off again: no review on the board, no 新人优先', async () => {
      await as('张伟');
      await tab('settings');
      for (const name of ['rotation', 'newHire']) await rule(name).getByRole('switch').uncheck();
      await saveSettings();
      await tab('board');
      await expect(page().getByTestId('board-rotation').count()).resolves.toBe(0);
      // 李娜 may now take 刘洋's phone-only customer like any other.
      await as('李娜');
      await lookUp(NEW_CUSTOMER);
      await page().getByTestId('register-visit').click();
      await expect(page().getByTestId('register-done').textContent()).resolves.toContain('已登记');
      await expect(page().getByTestId('register-done').textContent()).resolves.not.toContain('新人优先');
      await shot('11b-new-hire-rule-off');
    });
  });

  describe('a team of about 200 customers (veterans over a lowered quota)', () => {
    inSandbox(200, 'rules-quota');

    test('a veteran over the quota: the manager hands a surplus 紧密 customer to a new hire with a 分成比例', async () => {
      await as('张伟');
      await tab('settings');
      await rule('quota').getByRole('spinbutton').fill('2');
      await rule('quota').getByRole('spinbutton').press('Tab');
      await saveSettings();
      await as('陈静');
      await tab('mine');
      const surplus = ((await releaseButtons().first().getAttribute('aria-label')) ?? '').replace(/^释放 /, '');
      expect(surplus).not.toBe('');
      await as('张伟');
      await lookUp(surplus);
      await page().getByTestId('register-visit').click();
      const override = page().getByTestId('override');
      await override.getByRole('radio', { name: '多余紧密客户转新人' }).check();
      await expect(override.getByTestId('surplus-offer').textContent()).resolves.toContain('陈静 有');
      await override.getByRole('combobox').selectOption({ label: '黄强（销售二部）' });
      await override.getByRole('spinbutton').fill('30');
      await override.getByRole('spinbutton').press('Tab');
      await override.getByRole('textbox').last().fill('陈静紧密客户超出配额，转给新人黄强，陈静指导');
      await shot('12-surplus-form');
      await override.getByRole('button', { name: '提交' }).click();
      await expect(page().getByTestId('register-done').textContent()).resolves.toContain('已登记');
      await tab('collisions');
      const entry = page().locator('[data-kind="surplus"]').first();
      await expect(entry.textContent()).resolves.toContain('张伟 将 陈静 多余的紧密客户转给新人 黄强');
      await expect(entry.textContent()).resolves.toContain('分成比例：黄强 70%，陈静 30%');
      await shot('13-surplus-history');
      await as('黄强');
      await tab('mine');
      const handover = page().getByTestId('handover').filter({ hasText: surplus });
      await expect(handover.getByTestId('handover-surplus').textContent()).resolves.toContain('陈静 的紧密客户超出配额');
      await expect(handover.getByTestId('handover-shares').textContent()).resolves.toBe('分成比例：黄强 70%，陈静 30%');
      await shot('14-surplus-handover');
    });

    test('the new-hire rule switched off again: the same customer is offered no surplus handover', async () => {
      const surplusOffered = async (customer: string) => {
        await lookUp(customer);
        await page().getByTestId('register-visit').click();
        await page().getByTestId('override').waitFor();
        return page().getByTestId('override').getByRole('radio', { name: '多余紧密客户转新人' }).count();
      };
      // 刘洋 releases customers until a new hire has room again; 张伟 holds 3 紧密 customers, over the quota of 2.
      await as('刘洋');
      await tab('mine');
      const held = async () => Number(/(\d+)\s*\/\s*2/.exec((await page().getByTestId('quota').textContent()) ?? '')?.[1] ?? '0');
      for (let count = await held(); count >= 2; count = await eventually(held, (n) => n < count)) {
        await releaseButtons().first().click();
        await page().getByTestId('release-confirm').click();
      }
      await as('张伟');
      await tab('mine');
      const veterans = ((await releaseButtons().first().getAttribute('aria-label')) ?? '').replace(/^释放 /, '');
      await as('陈静');
      const offered = await surplusOffered(veterans);
      await shot('15a-surplus-offered-while-on');
      expect(offered).toBe(1);

      await as('张伟');
      await tab('settings');
      await rule('newHire').getByRole('switch').uncheck();
      await saveSettings();
      // The same customer, the same quota: no surplus handover while the new-hire rule sleeps.
      await as('陈静');
      await expect(surplusOffered(veterans)).resolves.toBe(0);
      await shot('15-rules-off');
    });
  });
});

/** Reads `read` until `done` holds (the page reacts to events asynchronously), for up to five seconds. */
