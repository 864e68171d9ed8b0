import { CustomerKeys } from '../../src/core/claims';
import { SharedNameIndex } from '../../src/core/names';
import { followKeyMoves } from '../../src/store/keyMoves';
import { migrateCustomerKeys } from '../../src/store/sync/migrateCustomerKeys';
import { TeamClaimStore } from '../../src/store/sync/teamClaimStore';
import { openTeamRegister } from '../../src/store/sync/teamRegister';
import { offlineTeamSite } from './offlineTeamSite';
import { actor, customer, edit, LI, MANAGER, TODAY, ZHANG } from './storeFixtures';

jest.setTimeout(30_000);

/**
 * Team mode: the key migration's move (SPEC §5, two legal entities, two keys) made while SharePoint is out of
 * reach waits in the outbox like any edit, survives a reload, is queued once however often the pane opens
 * offline, and is sent when SharePoint is back — with the edits made meanwhile on the row under its old key.
 */
describe('a key move made offline', () => {
  const site = offlineTeamSite('QueuedRekey');
  const rows = (key: string) => [...site.team.site.list(`${site.listPrefix}Customers`).items.values()].filter((i) => i.fields.DedupeKey === key);

  test('is queued in the outbox, replayed once when SharePoint is back, and the offline edit follows it', async () => {
    const remote = await site.team.connect({ listPrefix: site.listPrefix });
    // A register from before the stored-key rule: 上海市安博 under the key an older matcher gave it.
    expect((await remote.claim(customer('广州安博股份有限公司', '安博', ZHANG, { seq: 1, productLine: '' }), actor(ZHANG), edit())).ok).toBe(true);
    expect((await remote.claim(customer('上海市安博', '上海安博', LI, { seq: 2, productLine: '' }), actor(LI), edit())).ok).toBe(true);
    // The pane's connection, made online: a reload while offline reopens its copy and outbox on this machine.
    const paneRemote = await site.team.connect({ listPrefix: site.listPrefix });
    const pane = openTeamRegister(paneRemote, site.machine);
    await pane.sync.sync();
    const store = new TeamClaimStore(pane);

    await site.team.emulator.stop();
    const migration = await migrateCustomerKeys(store, new CustomerKeys(new SharedNameIndex()), { actor: actor(MANAGER), today: TODAY });
    expect(migration.moved).toEqual([]);
    expect(migration.kept).toEqual([{ move: { from: '上海安博', to: '安博·上海', name: '上海市安博' }, reason: { key: 'team.queued' } }]);
    expect((await pane.sync.pending()).map((e) => e.edit.kind)).toEqual(['rekey']);

    // Offline, the pane still shows the row under its old key; the manager adds a remark to it.
    const shanghai = await pane.reader.getCustomer('上海安博');
    const remark = await store.updateCustomer({ ...shanghai!.record, remarks: '离线时补的备注' }, shanghai!.version, actor(MANAGER), edit());
    expect(remark).toMatchObject({ ok: false, problem: 'queued' });
    pane.close();

    // Reopened, still offline: the migration plans the same move, which is queued once.
    const reloaded = openTeamRegister(paneRemote, site.machine);
    const again = await migrateCustomerKeys(new TeamClaimStore(reloaded), new CustomerKeys(new SharedNameIndex()), { actor: actor(MANAGER), today: TODAY });
    expect(again.kept.map((k) => k.reason.key)).toEqual(['team.queued']);
    expect((await reloaded.sync.pending()).map((e) => e.edit.kind)).toEqual(['rekey', 'update']);

    await site.team.emulator.resume();
    const report = await reloaded.sync.sync();
    expect(report).toMatchObject({ remaining: 0, blockedBy: null });
    expect([...report.results.values()].map((r) => r.ok)).toEqual([true, true]);
    expect(await reloaded.sync.rejected()).toEqual([]);

    expect(rows('上海安博')).toHaveLength(0);
    expect(rows('安博·上海')).toHaveLength(1);
    expect(rows('安博·上海')[0].fields).toMatchObject({ Title: '上海市安博', Remarks: '离线时补的备注' });
    expect((await reloaded.reader.getCustomer('安博·上海'))?.record).toMatchObject({ rep: LI.name, remarks: '离线时补的备注' });
    expect(await reloaded.reader.getCustomer('上海安博')).toBeNull();
    const log = followKeyMoves(await remote.listActivities());
    expect(log.filter((a) => a.kind === 'rekey')).toHaveLength(1);

    // Online now, the next opening moves nothing more.
    expect(await migrateCustomerKeys(new TeamClaimStore(reloaded), new CustomerKeys(new SharedNameIndex()), { actor: actor(MANAGER), today: TODAY }))
      .toEqual({ moved: [], kept: [] });
    reloaded.close();
  });
});
