import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CustomerKeys } from '../../src/core/claims';
import { dedupeKey, SharedNameIndex } from '../../src/core/names';
import type { ClaimStore } from '../../src/store/claimStore';
import { followKeyMoves, type CustomerRekeying } from '../../src/store/keyMoves';
import { LocalClaimStore } from '../../src/store/local/localClaimStore';
import { migrateCustomerKeys } from '../../src/store/sync/migrateCustomerKeys';
import { TeamClaimStore } from '../../src/store/sync/teamClaimStore';
import { openTeamRegister } from '../../src/store/sync/teamRegister';
import { EmulatedPersonalSite } from '../graph/emulatedPersonalSite';
import { EmulatedTeamSite } from '../graph/emulatedTeamSite';
import { setUpSecuredTeam, addTeamAccounts } from './securedTeam';
import { actor, customer, edit, LI, MANAGER, seedTeam, TODAY, ZHANG } from './storeFixtures';

type Store = ClaimStore & CustomerRekeying;
// Opening workspaces and emulated sites takes seconds on a loaded machine.
jest.setTimeout(30_000);

/**
 * A register from before the stored-key rule: 上海市安博 was keyed the way an older matcher spelt it, with its
 * visit logged under that key; 和顺光电 and 深圳市和顺光电 were two rows under two keys (now 同一客户 by the
 * matcher, so they must not collapse).
 */
const OLD_ROWS = [
  { name: '广州安博股份有限公司', key: '安博', owner: ZHANG },
  { name: '上海市安博', key: '上海安博', owner: LI },
  { name: '深圳市和顺光电有限责任公司', key: '深圳和顺光电', owner: ZHANG },
  { name: '和顺光电有限公司', key: 'old:和顺光电', owner: LI },
] as const;

async function seedOldRegister(store: Store): Promise<void> {
  await seedTeam(store);
  let seq = 0;
  for (const row of OLD_ROWS) {
    const outcome = await store.claim(customer(row.name, row.key, row.owner, { seq: ++seq, productLine: '' }), actor(row.owner), edit());
    if (!outcome.ok) throw new Error(`old register: ${row.name} ${outcome.reason.key}`);
  }
  await store.appendActivity({
    id: 'visit-shanghai', kind: 'visit', dedupeKey: '上海安博', customerName: '上海市安博', actor: LI.name, rep: LI.name, previousRep: '', date: TODAY, detail: '',
  });
}

/** The migration, its second run, and what a rep meets afterwards — the same on every store. */
async function migratesOnce(store: Store, as = actor(MANAGER)): Promise<void> {
  const keys = new CustomerKeys(new SharedNameIndex());
  const movedBefore = (await store.listActivities()).filter((a) => a.kind === 'rekey').length;
  const first = await migrateCustomerKeys(store, keys, { actor: as, today: TODAY });
  expect(first.kept).toEqual([]);
  expect(first.moved).toContainEqual({ from: '上海安博', to: '安博·上海', name: '上海市安博' });

  const customers = await store.listCustomers();
  expect(customers).toHaveLength(OLD_ROWS.length);
  expect(new Set(customers.map((c) => c.record.dedupeKey)).size).toBe(OLD_ROWS.length);
  expect((await store.getCustomer('安博·上海'))?.record).toMatchObject({ name: '上海市安博', rep: LI.name, visitDate: '2026-10-08' });
  expect(await store.getCustomer('上海安博')).toBeNull();
  expect((await store.getCustomer('安博'))?.record.name).toBe('广州安博股份有限公司');

  // The history follows: the visit logged under the old key belongs to the moved customer, told once.
  const log = followKeyMoves(await store.listActivities());
  expect(log.filter((a) => a.dedupeKey === '安博·上海').map((a) => a.kind)).toEqual(['claim', 'visit', 'rekey']);
  const rekeys = log.filter((a) => a.kind === 'rekey');
  expect(rekeys).toHaveLength(movedBefore + first.moved.length);

  // Idempotent: a second run (another computer, the next opening) moves and logs nothing.
  const again = await migrateCustomerKeys(store, new CustomerKeys(new SharedNameIndex()), { actor: as, today: TODAY });
  expect(again).toEqual({ moved: [], kept: [] });
  expect((await store.listActivities()).filter((a) => a.kind === 'rekey')).toHaveLength(rekeys.length);

  // After it, every 同一客户 spelling of either legal entity lands on its key, which the store refuses.
  for (const [typed, holder] of [['上海 安博有限公司', LI], ['广州.安博', ZHANG]] as const) {
    const key = keys.keyOf(typed);
    const outcome = await store.claim(customer(typed, key, MANAGER, { productLine: '' }), actor(MANAGER), edit());
    expect(outcome).toMatchObject({ ok: false, problem: 'taken', winner: { record: { rep: holder.name } } });
  }
}

describe('the key migration on every store', () => {
  test('local (Dexie): rows move to a new id, the old one is tombstoned', async () => {
    const store = LocalClaimStore.open('key-migration', { indexedDB: new IDBFactory(), IDBKeyRange });
    await seedOldRegister(store);
    const before = await store.changes(null);
    await migratesOnce(store);
    const after = await store.changes(before.cursor);
    expect(after.removedCustomerIds).toContain('上海安博');
    expect(after.customers.map((c) => c.id)).toContain('安博·上海');
    store.close();
  });

  describe('SharePoint team site (Graph emulator, the register\'s permissions)', () => {
    let team: EmulatedTeamSite;
    beforeAll(async () => {
      team = await EmulatedTeamSite.start();
      addTeamAccounts(team);
    });
    afterAll(() => team.close());

    test('a rep moves only their own rows; the manager moves the rest, in place (same item), once', async () => {
      const secured = await setUpSecuredTeam(team, 'Rekey');
      let seq = 0;
      for (const row of OLD_ROWS) {
        const client = row.owner === ZHANG ? secured.zhang : secured.li;
        const outcome = await client.claim(customer(row.name, row.key, row.owner, { seq: ++seq, productLine: '' }), actor(row.owner), edit());
        if (!outcome.ok) throw new Error(`old register: ${row.name} ${outcome.reason.key}`);
      }
      await secured.li.appendActivity({
        id: 'visit-shanghai', kind: 'visit', dedupeKey: '上海安博', customerName: '上海市安博', actor: LI.name, rep: LI.name, previousRep: '', date: TODAY, detail: '',
      });
      const item = await secured.manager.getCustomer('上海安博');

      const byZhang = await migrateCustomerKeys(secured.zhang, new CustomerKeys(new SharedNameIndex()), { actor: actor(ZHANG), today: TODAY });
      expect(byZhang.kept.map((k) => [k.move.from, k.reason.key])).toContainEqual(['上海安博', 'store.rekey.notAllowed']);
      expect(await secured.manager.getCustomer('上海安博')).not.toBeNull();
      // SharePoint itself refuses a rep's move of a colleague's row (his own token, straight through Graph).
      const forged = await secured.zhang.lists.client.api(`${secured.zhang.lists.itemsPath('customers')}/${item!.id}/fields`)
        .patch({ DedupeKey: '安博·上海' }).then(() => null, (e: unknown) => e);
      expect(forged).toMatchObject({ statusCode: 403 });
      expect(await secured.manager.getCustomer('上海安博')).not.toBeNull();

      await migratesOnce(secured.manager);
      expect((await secured.manager.getCustomer('安博·上海'))?.id).toBe(item?.id);
    });
  });

  describe("the manager's OneDrive register", () => {
    let personal: EmulatedPersonalSite;
    beforeAll(async () => {
      personal = await EmulatedPersonalSite.start();
    });
    afterAll(() => personal.close());

    test('on the lists, and in team mode through the local copy', async () => {
      const remote = await personal.connect({ listPrefix: 'RekeyOneDrive', provision: true });
      await seedOldRegister(remote);
      const register = openTeamRegister(remote, { indexedDB: new IDBFactory(), IDBKeyRange });
      await register.sync.sync();
      const teamStore = new TeamClaimStore(register);
      await migratesOnce(teamStore);
      // The copy the pane reads holds the moved row once, under its new key.
      const copy = await register.reader.listCustomers();
      expect(copy.map((c) => c.record.dedupeKey).sort()).toEqual((await remote.listCustomers()).map((c) => c.record.dedupeKey).sort());
      register.close();
    });
  });
});

test('the old rows of this story really are keyed otherwise than the stored-key rule', () => {
  expect(dedupeKey('上海市安博')).toBe('安博');
});
