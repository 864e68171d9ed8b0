import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { dedupeKey } from '../../src/core/names';
import { LocalClaimStore } from '../../src/store/local/localClaimStore';
import { migrateRegister } from '../../src/store/sync/migrateRegister';
import { EmulatedTeamSite } from '../graph/emulatedTeamSite';
import { actor, customer, edit, LI, MANAGER, seedTeam, TODAY, ZHANG } from './storeFixtures';

describe('local → SharePoint migration', () => {
  let team: EmulatedTeamSite;
  let local: LocalClaimStore;

  beforeAll(async () => {
    team = await EmulatedTeamSite.start();
    local = LocalClaimStore.open('migration', { indexedDB: new IDBFactory(), IDBKeyRange });
    await seedTeam(local);
    await local.saveSettings({ protectDays: 60 }, null, actor(MANAGER), edit());
    const names: [string, typeof ZHANG][] = [
      ['深圳市格林电子有限公司', ZHANG], ['格林电了', LI], ['格林电子深圳分公司', ZHANG], ['雅玛西电子', LI], ['博蓝科技', ZHANG],
    ];
    // Enough further rows that the upload needs more than one $batch of 20.
    for (let n = 1; n <= 24; n += 1) names.push([`第${n}号${'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地'[n - 1]}记贸易`, n % 2 ? ZHANG : LI]);
    for (const [name, owner] of names) {
      const outcome = await local.claim(customer(name, dedupeKey(name), owner), actor(owner), edit());
      if (!outcome.ok) throw new Error(`local setup: ${name} ${outcome.reason.key}`);
    }
  });
  afterAll(async () => {
    local.close();
    await team.close();
  });

  test('audits first, uploads in $batch, reports rows a colleague already holds, and can run again', async () => {
    const remote = await team.connect({ listPrefix: 'Migration', provision: true });
    await remote.claim(customer('博蓝科技有限公司', '博蓝科技', LI), actor(LI), edit());
    const options = { actor: actor(MANAGER), today: TODAY };

    const review = await migrateRegister(local, remote, options);
    expect(review).toMatchObject({ ok: false, problem: 'review', reason: { key: 'store.migration.reviewDuplicates' } });
    if (review.ok || review.problem !== 'review') return;
    expect(review.groups).toContainEqual(expect.objectContaining({
      kind: 'possible-duplicate', names: expect.arrayContaining(['深圳市格林电子有限公司', '格林电了']),
    }));
    expect(review.groups.some((g) => g.names.includes('格林电子深圳分公司') && g.names.length === 1)).toBe(false);
    expect(await remote.listCustomers()).toHaveLength(1);

    team.emulator.clearLog();
    const done = await migrateRegister(local, remote, { ...options, duplicatesReviewed: true });
    expect(done).toMatchObject({ ok: true, uploaded: 28, activities: 29 });
    if (!done.ok) return;
    expect(done.taken).toEqual([expect.objectContaining({ record: expect.objectContaining({ name: '博蓝科技' }), winner: expect.objectContaining({ record: expect.objectContaining({ rep: '李四' }) }) })]);
    expect(done.reason).toEqual({ key: 'store.migration.done', params: { customers: 28, activities: 29, taken: 1 } });
    const bulkLists = ['MigrationCustomers', 'MigrationActivities'].map((title) => `/lists/${team.site.list(title).id}/items`);
    const uploads = team.emulator.log.filter((e) => e.method === 'POST' && bulkLists.some((path) => e.url.endsWith(path)));
    expect(uploads.length).toBe(29 + 29);
    expect(uploads.every((e) => e.inBatch)).toBe(true);
    expect(team.emulator.log.filter((e) => e.url === '/$batch').length).toBeGreaterThanOrEqual(4);
    expect((await remote.getRoster()).map((e) => e.name).sort()).toEqual([LI.name, MANAGER.name, ZHANG.name].sort());
    expect((await remote.getSettings())?.settings).toEqual({ protectDays: 60 });
    expect((await remote.getCustomer('格林电子'))?.record.rep).toBe('张三');

    const again = await migrateRegister(local, remote, { ...options, duplicatesReviewed: true });
    expect(again).toMatchObject({ ok: true, uploaded: 28, activities: 0 });
    expect(await remote.listCustomers()).toHaveLength(29);
  });

  test('a rep who is not a manager on the team list cannot migrate over it', async () => {
    const remote = await team.connect({ listPrefix: 'Migration2', provision: true });
    await seedTeam(remote);
    const outcome = await migrateRegister(local, remote, { actor: actor(ZHANG), today: TODAY, duplicatesReviewed: true });
    expect(outcome).toMatchObject({ ok: false, problem: 'forbidden', reason: { key: 'store.roster.managerOnly' } });
    expect(await remote.listCustomers()).toHaveLength(0);
  });
});
