import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { dedupeKey } from '../../src/core/names';
import type { ClaimStoreReader } from '../../src/store/claimStore';
import { connectSharePoint } from '../../src/store/sharepoint/connectSharePoint';
import type { SharePointClaimStore } from '../../src/store/sharepoint/sharePointClaimStore';
import { LocalClaimStore } from '../../src/store/local/localClaimStore';
import { migrateRegister } from '../../src/store/sync/migrateRegister';
import { EmulatedPersonalSite, PEOPLE } from '../graph/emulatedPersonalSite';
import { SITE_HOST, SITE_PATH, SITE_URL } from '../graph/emulatedTeamSite';
import { actor, customer, edit, LI, MANAGER, seedTeam, TODAY, ZHANG } from './storeFixtures';

/** Everything a register holds, in a comparable shape: rows by key, log lines by id, roster, rules. */
async function contents(store: ClaimStoreReader) {
  const byKey = (a: { record: { dedupeKey: string } }, b: { record: { dedupeKey: string } }) => a.record.dedupeKey.localeCompare(b.record.dedupeKey);
  return {
    customers: (await store.listCustomers()).sort(byKey).map((c) => c.record),
    activities: (await store.listActivities()).sort((a, b) => a.id.localeCompare(b.id)),
    roster: (await store.getRoster()).sort((a, b) => a.name.localeCompare(b.name)),
    settings: (await store.getSettings())?.settings ?? null,
  };
}

/** The path of a team that starts on one workbook, shares through the manager's OneDrive, then gets a site. */
describe('local → OneDrive → team site migration', () => {
  let personal: EmulatedPersonalSite;
  let local: LocalClaimStore;
  const options = { actor: actor(MANAGER), today: TODAY };

  beforeAll(async () => {
    personal = await EmulatedPersonalSite.start();
    // The company's new team site, which the manager created (so owns).
    const site = personal.emulator.addSite(SITE_HOST, SITE_PATH);
    site.security.owners.members.add(personal.emulator.userId(site, PEOPLE.manager.token));
    local = LocalClaimStore.open('onedrive-migration', { indexedDB: new IDBFactory(), IDBKeyRange });
    await seedTeam(local);
    await local.saveSettings({ protectDays: 45 }, null, actor(MANAGER), edit());
    for (const [name, owner] of [['深圳市格林电子有限公司', ZHANG], ['格林电了', LI], ['雅玛西电子', LI], ['博蓝科技', ZHANG]] as const) {
      const outcome = await local.claim(customer(name, dedupeKey(name), owner), actor(owner), edit());
      if (!outcome.ok) throw new Error(`local setup: ${name}`);
    }
    await local.appendActivity({
      id: 'visit-1', kind: 'visit', dedupeKey: '博蓝科技', customerName: '博蓝科技', actor: '张三', rep: '张三', previousRep: '', date: TODAY, detail: '',
    });
  });
  afterAll(async () => {
    local.close();
    await personal.close();
  });

  test('every customer and activity arrives, audit first, at each step', async () => {
    const oneDrive = await personal.connect({ listPrefix: 'Moved', provision: true });
    const review = await migrateRegister(local, oneDrive, options);
    expect(review).toMatchObject({ ok: false, problem: 'review' });
    expect(await oneDrive.listCustomers()).toHaveLength(0);

    expect(await migrateRegister(local, oneDrive, { ...options, duplicatesReviewed: true })).toMatchObject({ ok: true, uploaded: 4, activities: 5 });
    expect(await contents(oneDrive)).toEqual(await contents(local));

    // The team works on the OneDrive lists for a while: a rep registers a customer there.
    const rep = await personal.connect({ listPrefix: 'Moved' });
    expect((await rep.claim(customer('新星化工', '新星化工', ZHANG), actor(ZHANG), edit())).ok).toBe(true);

    const connected = await connectSharePoint({ siteUrl: SITE_URL, listPrefix: 'Moved', provision: true }, personal.managerConnection());
    if (!connected.ok) throw new Error(connected.reason.key);
    const teamSite: SharePointClaimStore = connected.value;
    expect(await migrateRegister(oneDrive, teamSite, options)).toMatchObject({ ok: false, problem: 'review' });
    expect(await migrateRegister(oneDrive, teamSite, { ...options, duplicatesReviewed: true })).toMatchObject({ ok: true, uploaded: 5, activities: 6 });
    const moved = await contents(teamSite);
    expect(moved).toEqual(await contents(oneDrive));
    expect(moved.customers).toHaveLength(5);
    expect(moved.customers.find((c) => c.dedupeKey === '新星化工')?.rep).toBe('张三');
    expect(moved.activities.map((a) => a.id)).toContain('visit-1');
    expect(moved.settings).toEqual({ protectDays: 45 });
  });
});
