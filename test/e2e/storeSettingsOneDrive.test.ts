import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumAvailable } from './browser';
import { REPO } from './demoBuild';
import { openSandbox, type SandboxSession } from './sandboxSession';

/**
 * 设置 → 数据存储 in the browser sandbox, which cannot sign in to Microsoft 365: the 我的 OneDrive option is there
 * and explains what connecting will do (sign-in and consent, the lists, the sharing, the reps), with a note
 * saying why there is no button here. Screenshot: artifacts/e2e/store-onedrive.png.
 */
const SHOTS = join(REPO, 'artifacts', 'e2e');
const describeInBrowser = chromiumAvailable() ? describe : describe.skip;
jest.setTimeout(120_000);

describeInBrowser('the OneDrive option in the sandbox', () => {
  let session: SandboxSession;
  const page = () => session.page;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    session = await openSandbox({ customers: '50' });
  }, 240_000);
  afterAll(async () => {
    await session?.close();
  });
  afterEach(() => {
    expect(session.pageErrors).toEqual([]);
  });

  test('choosing 我的 OneDrive shows the steps, the consent asked for, and why the sandbox cannot connect', async () => {
    await page().getByTestId('tab-settings').click();
    const store = page().getByRole('region', { name: '数据存储' });
    await store.waitFor();
    // A team site is the first choice, explained; nothing to press in the sandbox.
    await expect(store.getByRole('radio', { name: 'SharePoint 团队站点' }).isChecked()).resolves.toBe(true);
    await expect(store.textContent()).resolves.toContain('公司已有 SharePoint 站点时选这个');
    await expect(page().getByTestId('onedrive-steps').count()).resolves.toBe(0);

    await store.getByRole('radio', { name: '我的 OneDrive（Microsoft Lists）' }).check();
    const steps = page().getByTestId('onedrive-steps');
    await steps.waitFor();
    const text = await steps.textContent();
    for (const part of ['Files.Read', 'Sites.Manage.All', 'AllSites.FullControl', '查重键', '花名册', '个人 Microsoft 帐户']) expect(text).toContain(part);
    await expect(page().getByTestId('onedrive-sandbox-note').textContent()).resolves.toContain('演示版不能登录 Microsoft 365');
    // No button that would fail: the sandbox explains instead.
    await expect(store.getByRole('button').count()).resolves.toBe(0);
    await store.scrollIntoViewIfNeeded();
    await store.screenshot({ path: join(SHOTS, 'store-onedrive.png') });

    await store.getByRole('radio', { name: 'SharePoint 团队站点' }).check();
    await expect(page().getByTestId('onedrive-steps').count()).resolves.toBe(0);
  });
});
