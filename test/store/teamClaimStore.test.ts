import { TeamClaimStore } from '../../src/store/sync/teamClaimStore';
import { offlineTeamSite } from './offlineTeamSite';
import { actor, customer, edit, LI, MANAGER, ZHANG } from './storeFixtures';

/** The task pane's team-mode store on one rep's machine, while colleagues write straight to the same lists. */
describe('team-mode ClaimStore', () => {
  const site = offlineTeamSite('TeamStore');

  async function pane(): Promise<TeamClaimStore> {
    const register = await site.openPane();
    await register.sync.sync();
    return new TeamClaimStore(register);
  }

  const colleague = () => site.team.connect({ listPrefix: site.listPrefix });

  test('a claim is decided by SharePoint and read back from the local copy', async () => {
    const store = await pane();
    let heard = 0;
    const unsubscribe = store.subscribe(() => { heard += 1; });
    const outcome = await store.claim(customer('深圳市格林电子有限公司', '格林电子', ZHANG), actor(ZHANG), edit());
    expect(outcome).toMatchObject({ ok: true, customer: { record: { rep: '张三' } } });
    expect((await store.getCustomer('格林电子'))?.record.rep).toBe('张三');
    expect((await (await colleague()).getCustomer('格林电子'))?.record.rep).toBe('张三');
    expect(heard).toBeGreaterThan(0);
    unsubscribe();
  });

  test('losing a race: told who won, the copy shows the winner, the refusal is listed', async () => {
    const store = await pane();
    expect((await (await colleague()).claim(customer('格林电子', '格林电子', LI), actor(LI), edit())).ok).toBe(true);
    // This pane has not synced since: its copy still thinks the name is free.
    expect(await store.getCustomer('格林电子')).toBeNull();
    const outcome = await store.claim(customer('格林电子（深圳）有限公司', '格林电子', ZHANG), actor(ZHANG), edit());
    expect(outcome).toMatchObject({
      ok: false, problem: 'taken', winner: { record: { rep: '李四' } }, reason: { key: 'store.claim.taken', params: { owner: '李四' } },
    });
    expect((await store.getCustomer('格林电子'))?.record.rep).toBe('李四');
    expect((await store.rejected()).map((r) => [r.edit.kind, r.reason.key])).toEqual([['claim', 'store.claim.taken']]);
  });

  test('offline: edits are queued (neither won nor lost), then replayed once; a conflict is listed, not overwritten', async () => {
    const store = await pane();
    const claimed = await store.claim(customer('雅玛西电子', '雅玛西电子', ZHANG), actor(ZHANG), edit());
    if (!claimed.ok) throw new Error('the first claim failed');

    await site.team.emulator.stop();
    const offlineClaim = await store.claim(customer('博蓝科技有限公司', '博蓝科技', ZHANG), actor(ZHANG), edit());
    expect(offlineClaim).toEqual({ ok: false, problem: 'queued', reason: { key: 'team.queued' } });
    const offlineUpdate = await store.updateCustomer({ ...claimed.customer.record, remarks: '张三离线时写的' }, claimed.customer.version, actor(ZHANG), edit());
    expect(offlineUpdate).toMatchObject({ ok: false, problem: 'queued' });
    expect(await store.getCustomer('博蓝科技')).toBeNull();
    expect(await store.pending()).toHaveLength(2);
    expect((await store.pending())[0].lastError).toEqual({ key: 'store.unavailable.offline' });

    // Back online, a manager edits 雅玛西电子 before this pane replays its (now stale) update.
    await site.team.emulator.resume();
    const manager = await colleague();
    const current = await manager.getCustomer('雅玛西电子');
    expect((await manager.updateCustomer({ ...current!.record, remarks: '经理改的' }, current!.version, actor(MANAGER), edit())).ok).toBe(true);

    const before = site.team.emulator.requestCount;
    const report = await site.open[0].sync.sync();
    expect(report).toMatchObject({ remaining: 0, blockedBy: null });
    expect(await store.pending()).toHaveLength(0);
    expect((await store.getCustomer('博蓝科技'))?.record.rep).toBe('张三');
    expect((await store.getCustomer('雅玛西电子'))?.record.remarks).toBe('经理改的');
    const [conflict] = await store.rejected();
    expect(conflict).toMatchObject({ edit: { kind: 'update' }, reason: { key: 'store.update.conflict' }, current: { record: { remarks: '经理改的' } } });

    // Replayed once: a second sync sends nothing again.
    const sent = site.team.emulator.requestCount - before;
    await site.open[0].sync.flush();
    expect(site.team.emulator.requestCount - before).toBe(sent);
    await store.dismiss(conflict.editId);
    expect(await store.rejected()).toEqual([]);
  });
});
